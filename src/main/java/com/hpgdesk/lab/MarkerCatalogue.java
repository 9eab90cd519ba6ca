package com.hpgdesk.lab;

import com.hpgdesk.base.ShippedFile;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The markers the app knows, read from a data file so that adding a marker or correcting a range is a
 * data change. The file is checked completely on load; every problem is reported at once, naming the
 * marker and the field.
 */
public final class MarkerCatalogue {

    /** Classpath location of the standard catalogue. */
    public static final String STANDARD_RESOURCE = "/lab/markers.json";

    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final List<Marker> markers;
    private final Map<MarkerKey, Marker> byKey = new LinkedHashMap<>();
    private final Map<String, Marker> byLoinc = new HashMap<>();
    private final Map<String, Marker> byName = new HashMap<>();

    private MarkerCatalogue(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        // Keys first, so that a name or alias wins over another marker's key: "Free testosterone" means the
        // method-less marker even though the dialysis marker's stored key is FREE_TESTOSTERONE.
        for (Marker marker : markers) {
            byKey.put(marker.key(), marker);
            marker.loincCodes().forEach(code -> byLoinc.put(code, marker));
            byName.put(nameKey(marker.key().value()), marker);
        }
        for (Marker marker : markers) {
            byName.put(nameKey(marker.name()), marker);
            marker.aliases().forEach(alias -> byName.put(nameKey(alias), marker));
        }
    }

    private static final class Standard {
        // Loaded on first use, once: the file is part of the application, so a broken one fails loudly.
        static final MarkerCatalogue INSTANCE = ShippedFile.read(STANDARD_RESOURCE, MarkerCatalogue::load);
    }

    /** The catalogue shipped with the app ({@value #STANDARD_RESOURCE}). */
    public static MarkerCatalogue standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads and checks a catalogue file.
     *
     * @param sourceName names the file in error messages
     * @throws IllegalStateException listing every problem found in the file
     */
    public static MarkerCatalogue load(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalStateException(sourceName + " is not valid JSON: " + e.getOriginalMessage());
        }
        Reader reader = new Reader(sourceName);
        List<Marker> markers = reader.markers(root);
        reader.throwIfAny();
        return new MarkerCatalogue(markers);
    }

    /** All markers, in file order. */
    public List<Marker> markers() {
        return markers;
    }

    public Optional<Marker> find(MarkerKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** @throws IllegalArgumentException if the catalogue has no such marker */
    public Marker get(MarkerKey key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("The marker catalogue has no marker " + key));
    }

    public Optional<Marker> byLoinc(String code) {
        return Optional.ofNullable(byLoinc.get(code.strip()));
    }

    /**
     * By key, display name or alias, ignoring case, spaces and punctuation ("Testosterone, total",
     * "TESTOSTERONE TOTAL" and "testosterone-total" are the same).
     */
    public Optional<Marker> byName(String name) {
        String key = nameKey(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(key));
    }

    /** By LOINC code if the text is one the catalogue knows, else by name. */
    public Optional<Marker> recognise(String text) {
        return byLoinc(text).or(() -> byName(text));
    }

    static String nameKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** Turns the JSON tree into markers while collecting every problem with its place in the file. */
    private static final class Reader {
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> loincOwners = new HashMap<>();
        private final Map<String, String> nameOwners = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();

        Reader(String source) {
            this.source = source;
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Marker catalogue " + source + " has " + problems.size()
                        + " problem(s):\n  " + String.join("\n  ", problems));
            }
        }

        List<Marker> markers(JsonNode root) {
            JsonNode list = root.path("markers");
            if (!list.isArray() || list.isEmpty()) {
                problems.add("the top level must be an object with a non-empty \"markers\" array");
                return List.of();
            }
            List<Marker> markers = new ArrayList<>();
            int index = 0;
            for (JsonNode node : list) {
                index++;
                String where = "marker #" + index + " (" + node.path("key").asString("no key") + ")";
                int before = problems.size();
                Marker marker = marker(node, where);
                if (marker != null && problems.size() == before) {
                    markers.add(marker);
                }
            }
            return markers;
        }

        private @Nullable Marker marker(JsonNode node, String where) {
            if (!node.isObject()) {
                problems.add(where + ": must be an object");
                return null;
            }
            String keyText = text(node, "key", where);
            String name = text(node, "name", where);
            String rangeSource = text(node, "rangeSource", where);
            Unit unit = unit(node.path("unit"), where + " unit");
            MarkerKey key = null;
            if (keyText != null) {
                try {
                    key = new MarkerKey(keyText);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
                String owner = keys.putIfAbsent(keyText, where);
                if (owner != null) {
                    problems.add(where + ": key " + keyText + " is already used by " + owner);
                }
            }
            List<String> aliases = strings(node, "aliases", where);
            List<String> loinc = strings(node, "loinc", where);
            for (String code : loinc) {
                if (!LOINC.matcher(code).matches()) {
                    problems.add(where + ": \"" + code + "\" is not a LOINC code (digits, dash, check digit)");
                }
                claim(loincOwners, code, where, "LOINC code " + code);
            }
            List<String> names = new ArrayList<>(aliases);
            if (name != null) {
                names.add(name);
            }
            names.stream().map(MarkerCatalogue::nameKey).distinct()
                    .forEach(n -> claim(nameOwners, n, where, "name or alias \"" + n + "\""));
            JsonNode decimalsNode = node.path("decimals");
            int decimals = decimalsNode.isIntegralNumber() ? decimalsNode.asInt() : -1;
            if (decimals < 0 || decimals > 6) {
                problems.add(where + ": \"decimals\" must be a whole number from 0 to 6");
            }
            PlausibleLimits plausible = plausible(node.path("plausible"), where);
            List<UnitConversion> conversions = conversions(node.path("conversions"), unit, where);
            JsonNode noteNode = node.path("note");
            String note = noteNode.isString() && !noteNode.asString().isBlank() ? noteNode.asString() : null;
            List<AgeBandedRange> ranges = ranges(node.path("ranges"), unit, plausible, note != null, where);
            if (key == null || name == null || rangeSource == null || unit == null || plausible == null) {
                return null;
            }
            return new Marker(key, name, aliases, loinc, unit, conversions, ranges, rangeSource, plausible, decimals, note);
        }

        private void claim(Map<String, String> owners, String value, String where, String what) {
            String owner = owners.putIfAbsent(value, where);
            if (owner != null && !owner.equals(where)) {
                problems.add(where + ": " + what + " is already used by " + owner);
            }
        }

        private @Nullable String text(JsonNode node, String field, String where) {
            JsonNode value = node.path(field);
            if (!value.isString() || value.asString().isBlank()) {
                problems.add(where + ": \"" + field + "\" must be a non-empty string");
                return null;
            }
            return value.asString().strip();
        }

        private List<String> strings(JsonNode node, String field, String where) {
            JsonNode value = node.path(field);
            if (value.isMissingNode()) {
                return List.of();
            }
            if (!value.isArray()) {
                problems.add(where + ": \"" + field + "\" must be an array of strings");
                return List.of();
            }
            List<String> result = new ArrayList<>();
            for (JsonNode item : value) {
                if (item.isString() && !item.asString().isBlank()) {
                    result.add(item.asString().strip());
                } else {
                    problems.add(where + ": \"" + field + "\" must hold only non-empty strings");
                }
            }
            return result;
        }

        private @Nullable Unit unit(JsonNode node, String where) {
            if (!node.isString()) {
                problems.add(where + ": must be a unit string");
                return null;
            }
            Optional<Unit> unit = Unit.parse(node.asString());
            if (unit.isEmpty()) {
                problems.add(where + ": \"" + node.asString() + "\" is not a known unit");
                return null;
            }
            return unit.get();
        }

        private @Nullable BigDecimal number(JsonNode node, String field, String where, boolean required) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    problems.add(where + ": \"" + field + "\" is required");
                }
                return null;
            }
            if (!value.isNumber()) {
                problems.add(where + ": \"" + field + "\" must be a number");
                return null;
            }
            return value.decimalValue();
        }

        private @Nullable PlausibleLimits plausible(JsonNode node, String where) {
            String at = where + " plausible";
            if (!node.isObject()) {
                problems.add(at + ": must be an object with low, high and basis");
                return null;
            }
            BigDecimal low = number(node, "low", at, true);
            BigDecimal high = number(node, "high", at, true);
            String basis = text(node, "basis", at);
            if (low == null || high == null || basis == null) {
                return null;
            }
            if (low.compareTo(high) >= 0) {
                problems.add(at + ": low " + low + " must be below high " + high);
                return null;
            }
            return new PlausibleLimits(low, high, basis);
        }

        private List<UnitConversion> conversions(JsonNode node, @Nullable Unit canonical, String where) {
            if (node.isMissingNode()) {
                return List.of();
            }
            if (!node.isArray()) {
                problems.add(where + ": \"conversions\" must be an array");
                return List.of();
            }
            List<UnitConversion> result = new ArrayList<>();
            for (JsonNode item : node) {
                String at = where + " conversion from " + item.path("unit").asString("?");
                Unit unit = unit(item.path("unit"), at);
                BigDecimal multiply = number(item, "multiply", at, false);
                BigDecimal divide = number(item, "divide", at, false);
                BigDecimal add = number(item, "add", at, false);
                if (multiply == null && divide == null) {
                    problems.add(at + ": needs \"multiply\" or \"divide\"");
                    continue;
                }
                multiply = multiply == null ? BigDecimal.ONE : multiply;
                divide = divide == null ? BigDecimal.ONE : divide;
                if (multiply.signum() <= 0 || divide.signum() <= 0) {
                    problems.add(at + ": factors must be positive");
                    continue;
                }
                if (unit == null) {
                    continue;
                }
                if (unit == canonical) {
                    problems.add(at + ": converts the canonical unit to itself");
                } else if (result.stream().anyMatch(c -> c.unit() == unit)) {
                    problems.add(at + ": the unit is listed twice");
                } else {
                    result.add(new UnitConversion(unit, multiply, divide, add == null ? BigDecimal.ZERO : add));
                }
            }
            return result;
        }

        /**
         * A marker without default ranges is allowed (a generic marker such as glucose of unknown timing must
         * not be judged against the fasting range), but only with a note that says why.
         */
        private List<AgeBandedRange> ranges(JsonNode node, @Nullable Unit canonical, @Nullable PlausibleLimits plausible,
                boolean hasNote, String where) {
            if (node.isArray() && node.isEmpty() && hasNote) {
                return List.of();
            }
            if (!node.isArray() || node.isEmpty()) {
                problems.add(where + ": \"ranges\" must be a non-empty array (ranges are in the canonical unit), "
                        + "or an empty one with a \"note\" saying why no default range applies");
                return List.of();
            }
            List<AgeBandedRange> result = new ArrayList<>();
            for (JsonNode item : node) {
                String at = where + " range " + (result.size() + 1);
                BigDecimal low = number(item, "low", at, false);
                BigDecimal high = number(item, "high", at, false);
                Integer fromAge = age(item, "ageFrom", at);
                Integer toAge = age(item, "ageTo", at);
                if (low == null && high == null) {
                    problems.add(at + ": needs \"low\" or \"high\"");
                    continue;
                }
                if (low != null && high != null && low.compareTo(high) > 0) {
                    problems.add(at + ": low " + low + " is above high " + high);
                    continue;
                }
                if (plausible != null && ((low != null && !plausible.contains(low)) || (high != null && !plausible.contains(high)))) {
                    problems.add(at + ": lies outside the plausible limits");
                }
                if (fromAge != null && toAge != null && fromAge > toAge) {
                    problems.add(at + ": ageFrom " + fromAge + " is after ageTo " + toAge);
                    continue;
                }
                if (canonical != null) {
                    result.add(new AgeBandedRange(fromAge, toAge, new ReferenceRange(low, high, canonical)));
                }
            }
            for (int i = 0; i < result.size(); i++) {
                for (int j = i + 1; j < result.size(); j++) {
                    if (overlap(result.get(i), result.get(j))) {
                        problems.add(where + ": ranges " + (i + 1) + " and " + (j + 1) + " cover the same ages");
                    }
                }
            }
            return result;
        }

        private static boolean overlap(AgeBandedRange a, AgeBandedRange b) {
            int aFrom = a.fromAge() == null ? Integer.MIN_VALUE : a.fromAge();
            int aTo = a.toAge() == null ? Integer.MAX_VALUE : a.toAge();
            int bFrom = b.fromAge() == null ? Integer.MIN_VALUE : b.fromAge();
            int bTo = b.toAge() == null ? Integer.MAX_VALUE : b.toAge();
            return aFrom <= bTo && bFrom <= aTo;
        }

        private @Nullable Integer age(JsonNode node, String field, String where) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 150) {
                problems.add(where + ": \"" + field + "\" must be a whole number of years");
                return null;
            }
            return value.asInt();
        }
    }
}
