package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One lab marker as the catalogue describes it: names, LOINC codes, units and their conversion, default
 * ranges, plausibility limits and display precision. Built only by {@link MarkerCatalogue} from data.
 */
public final class Marker {

    private final MarkerKey key;
    private final String name;
    private final List<String> aliases;
    private final List<String> loincCodes;
    private final Unit canonicalUnit;
    private final Map<Unit, UnitConversion> conversions;
    private final List<Unit> acceptedUnits;
    private final List<AgeBandedRange> defaultRanges;
    private final String rangeSource;
    private final PlausibleLimits plausibleLimits;
    private final int decimals;
    private final @Nullable String note;

    Marker(MarkerKey key, String name, List<String> aliases, List<String> loincCodes, Unit canonicalUnit,
            List<UnitConversion> conversions, List<AgeBandedRange> defaultRanges, String rangeSource,
            PlausibleLimits plausibleLimits, int decimals, @Nullable String note) {
        this.key = key;
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.loincCodes = List.copyOf(loincCodes);
        this.canonicalUnit = canonicalUnit;
        Map<Unit, UnitConversion> byUnit = new LinkedHashMap<>();
        byUnit.put(canonicalUnit, UnitConversion.identity(canonicalUnit));
        conversions.forEach(c -> byUnit.put(c.unit(), c));
        this.conversions = Map.copyOf(byUnit);
        this.acceptedUnits = List.copyOf(byUnit.keySet());
        this.defaultRanges = List.copyOf(defaultRanges);
        this.rangeSource = rangeSource;
        this.plausibleLimits = plausibleLimits;
        this.decimals = decimals;
        this.note = note;
    }

    public MarkerKey key() {
        return key;
    }

    /** Display name, e.g. "Total testosterone". */
    public String name() {
        return name;
    }

    /** Other names and abbreviations labs use ("TT", "Testosterone, total"). */
    public List<String> aliases() {
        return aliases;
    }

    /** LOINC codes, primary first; may be empty for markers without an established code. */
    public List<String> loincCodes() {
        return loincCodes;
    }

    public Optional<String> primaryLoinc() {
        return loincCodes.stream().findFirst();
    }

    public Unit canonicalUnit() {
        return canonicalUnit;
    }

    /** The canonical unit first, then the others in catalogue order. */
    public List<Unit> acceptedUnits() {
        return acceptedUnits;
    }

    public boolean accepts(Unit unit) {
        return conversions.containsKey(unit);
    }

    /** Default ranges for adult men; the lab's own range always wins over these. */
    public List<AgeBandedRange> defaultRanges() {
        return defaultRanges;
    }

    /** Citable source of the default range, e.g. "Mayo Clinic Laboratories, LH". */
    public String rangeSource() {
        return rangeSource;
    }

    public PlausibleLimits plausibleLimits() {
        return plausibleLimits;
    }

    /** Decimal places to show a value in the canonical unit with. */
    public int decimals() {
        return decimals;
    }

    /** A caveat for the screen, e.g. that an IL-6 range depends on the method. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @throws InvalidInputException (field "unit") if the unit is not accepted for this marker */
    public Quantity toCanonical(Quantity quantity) {
        return new Quantity(conversion(quantity.unit()).toCanonical(quantity.value()), canonicalUnit);
    }

    /** @throws InvalidInputException (field "unit") if either unit is not accepted for this marker */
    public Quantity convert(Quantity quantity, Unit target) {
        if (quantity.unit() == target) {
            return quantity;
        }
        UnitConversion to = conversion(target);
        BigDecimal canonical = conversion(quantity.unit()).toCanonical(quantity.value());
        return new Quantity(to.fromCanonical(canonical), target);
    }

    /** The default range for a man of this age, if one applies (age-banded ranges need the age). */
    public Optional<ReferenceRange> defaultRange(@Nullable Integer ageYears) {
        return defaultRanges.stream().filter(r -> r.appliesTo(ageYears)).map(AgeBandedRange::range).findFirst();
    }

    /**
     * Why the value cannot be real, or empty if it can. The limits are given in the value's own unit,
     * since a wrong unit is the usual cause.
     */
    public Optional<String> implausibility(Quantity value) {
        return implausibility(ReportedValue.exact(value));
    }

    /**
     * As {@link #implausibility(Quantity)}; a censored value's limit must be possible too, and "&lt; 0" or
     * "&gt;" the highest possible value leaves no possible value at all.
     */
    public Optional<String> implausibility(ReportedValue value) {
        UnitConversion conversion = conversion(value.unit());
        BigDecimal canonical = conversion.toCanonical(value.quantity().value());
        Censoring censoring = value.censoring();
        boolean possible = plausibleLimits.contains(canonical)
                && !(censoring.isUpperBound() && canonical.compareTo(plausibleLimits.low()) <= 0)
                && !(censoring.isLowerBound() && canonical.compareTo(plausibleLimits.high()) >= 0);
        if (possible) {
            return Optional.empty();
        }
        String low = Quantity.readable(conversion.fromCanonical(plausibleLimits.low()));
        String high = Quantity.readable(conversion.fromCanonical(plausibleLimits.high()));
        String shown = value.isCensored() ? censoring.symbol() + " " + value.quantity() : value.quantity().toString();
        return Optional.of(name + " " + shown + " is not physically possible (accepted " + low + "–" + high + " "
                + value.unit().symbol() + "). Check the value and unit.");
    }

    /** @throws InvalidInputException (field "value") with the {@link #implausibility} message */
    public void requirePlausible(Quantity value) {
        requirePlausible(ReportedValue.exact(value));
    }

    /** @throws InvalidInputException (field "value") with the {@link #implausibility} message */
    public void requirePlausible(ReportedValue value) {
        implausibility(value).ifPresent(problem -> {
            throw InvalidInputException.of("value", problem);
        });
    }

    /** The value with the same censoring in the canonical unit; conversions are increasing, so bounds stay bounds. */
    public ReportedValue toCanonical(ReportedValue value) {
        return value.map(this::toCanonical);
    }

    /**
     * Checks the value is possible, converts it to canonical and flags it against the lab's range if
     * given, else the default range for the age.
     *
     * @param labRange the range printed on the lab report, in any unit accepted for this marker
     * @param ageYears the man's age when the sample was taken, for age-banded defaults (PSA, SHBG)
     * @throws InvalidInputException if a unit is not accepted or the value is not physically possible
     */
    public FlaggedValue evaluate(Quantity value, @Nullable ReferenceRange labRange, @Nullable Integer ageYears) {
        return evaluate(ReportedValue.exact(value), labRange, ageYears);
    }

    /**
     * As {@link #evaluate(Quantity, ReferenceRange, Integer)} for a value that may be censored: its flag is
     * that of the whole interval it stands for ({@link ReferenceRange#classify(ReportedValue, BigDecimal, BigDecimal)}).
     */
    public FlaggedValue evaluate(ReportedValue value, @Nullable ReferenceRange labRange, @Nullable Integer ageYears) {
        requirePlausible(value);
        ReportedValue canonical = toCanonical(value);
        if (labRange != null) {
            if (!accepts(labRange.unit())) {
                throw InvalidInputException.of("range", unitRefusal(labRange.unit().symbol()));
            }
            return new FlaggedValue(this, value, canonical, classify(canonical, labRange), labRange,
                    RangeOrigin.LAB, FlaggedValue.LAB_RANGE_SOURCE);
        }
        Optional<ReferenceRange> fallback = defaultRange(ageYears);
        if (fallback.isPresent()) {
            return new FlaggedValue(this, value, canonical, classify(canonical, fallback.get()), fallback.get(),
                    RangeOrigin.DEFAULT, rangeSource);
        }
        return new FlaggedValue(this, value, canonical, Flag.NO_RANGE, null, RangeOrigin.NONE, null);
    }

    private Flag classify(ReportedValue canonical, ReferenceRange range) {
        // Compare in the range's own unit so a lab's printed limits are used exactly as printed.
        if (!canonical.isCensored()) {
            return range.classify(convert(canonical.quantity(), range.unit()).value());
        }
        UnitConversion inRangeUnit = conversion(range.unit());
        return range.classify(canonical.map(limit -> convert(limit, range.unit())),
                inRangeUnit.fromCanonical(plausibleLimits.low()), inRangeUnit.fromCanonical(plausibleLimits.high()));
    }

    /** "Unit "abc" is not accepted for LH (accepted: IU/L, mIU/mL)." */
    public String unitRefusal(String unitText) {
        return "Unit \"" + unitText + "\" is not accepted for " + name + " (accepted: "
                + acceptedUnits().stream().map(Unit::symbol).collect(Collectors.joining(", ")) + ").";
    }

    private UnitConversion conversion(Unit unit) {
        UnitConversion conversion = conversions.get(unit);
        if (conversion == null) {
            throw InvalidInputException.of("unit", unitRefusal(unit.symbol()));
        }
        return conversion;
    }

    @Override
    public String toString() {
        return key.value();
    }
}
