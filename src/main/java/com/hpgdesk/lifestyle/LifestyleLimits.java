package com.hpgdesk.lifestyle;

import com.hpgdesk.base.ShippedFile;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plausible bounds of every numeric measure, read from {@link #STANDARD_RESOURCE}, so a practice
 * tunes them by changing data. A missing or broken entry fails the load, naming the measure.
 */
public final class LifestyleLimits {

    public static final String STANDARD_RESOURCE = "/lifestyle/limits.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * @param decimals how many decimal places are accepted
     * @param guide shown on the trend, never used to refuse a value
     */
    public record Bounds(BigDecimal low, BigDecimal high, int decimals, @Nullable Guide guide) {

        /** "0–16 h/night", for helper text. */
        public String describe(LifestyleMeasure measure) {
            return low.toPlainString() + "–" + high.toPlainString() + " " + measure.unit();
        }
    }

    /** A healthy side for the trend chart; either end may be open. */
    public record Guide(@Nullable BigDecimal low, @Nullable BigDecimal high, String label) {
    }

    private final String version;
    private final Map<LifestyleMeasure, Bounds> bounds;

    private LifestyleLimits(String version, Map<LifestyleMeasure, Bounds> bounds) {
        this.version = version;
        this.bounds = bounds;
    }

    private static final class Standard {
        // Part of the application: a broken file fails loudly on first use.
        static final LifestyleLimits INSTANCE = ShippedFile.read(STANDARD_RESOURCE, (in, name) -> load(in));
    }

    public static LifestyleLimits standard() {
        return Standard.INSTANCE;
    }

    static LifestyleLimits load(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalStateException("Lifestyle limits are not valid JSON: " + e.getOriginalMessage(), e);
        }
        var problems = new ArrayList<String>();
        var bounds = new EnumMap<LifestyleMeasure, Bounds>(LifestyleMeasure.class);
        JsonNode measures = root.path("measures");
        for (LifestyleMeasure measure : LifestyleMeasure.numeric()) {
            JsonNode node = measures.path(measure.name());
            if (node.isMissingNode()) {
                problems.add(measure.name() + ": no bounds");
                continue;
            }
            BigDecimal low = number(node.path("low"));
            BigDecimal high = number(node.path("high"));
            if (low == null || high == null || low.compareTo(high) >= 0) {
                problems.add(measure.name() + ": needs numbers low < high");
                continue;
            }
            int decimals = node.path("decimals").asInt(-1);
            if (decimals < 0 || decimals > 2) {
                problems.add(measure.name() + ": decimals must be 0, 1 or 2");
                continue;
            }
            JsonNode guideNode = node.path("guide");
            Guide guide = null;
            if (!guideNode.isMissingNode()) {
                guide = new Guide(number(guideNode.path("low")), number(guideNode.path("high")),
                        guideNode.path("label").asString(""));
                if (guide.low() == null && guide.high() == null || guide.label().isBlank()) {
                    problems.add(measure.name() + ": a guide needs low or high, and a label");
                    continue;
                }
            }
            bounds.put(measure, new Bounds(low, high, decimals, guide));
        }
        measures.propertyNames().forEach(name -> {
            boolean known = LifestyleMeasure.numeric().stream().anyMatch(measure -> measure.name().equals(name));
            if (!known) {
                problems.add(name + ": not a numeric lifestyle measure");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Lifestyle limits are broken: " + String.join("; ", problems));
        }
        return new LifestyleLimits(root.path("version").asString("unversioned"), bounds);
    }

    private static @Nullable BigDecimal number(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }

    public String version() {
        return version;
    }

    /** Bounds of a numeric measure (typed or derived); empty for yes/no answers. */
    public Optional<Bounds> of(LifestyleMeasure measure) {
        return Optional.ofNullable(bounds.get(measure));
    }

    /** Every numeric measure's bounds, in the order of {@link LifestyleMeasure}. */
    public List<Map.Entry<LifestyleMeasure, Bounds>> all() {
        return List.copyOf(bounds.entrySet());
    }
}
