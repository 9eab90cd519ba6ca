package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.HomaIr;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.TestosteroneEstradiolRatio;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.CumulativeResults;
import com.hpgdesk.lab.results.DerivedMarkers;
import com.hpgdesk.lab.results.StoredResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A patient's results as a cumulative flowsheet: one row per marker (and per reported unit, should a lab
 * have changed it), one column per collection date, newest first. Rows follow the order clinicians read a
 * recovery in: the hormones of the axis, then metabolic, inflammation, micronutrients, safety and semen;
 * each derived marker sits right under the last of its inputs.
 *
 * @param dates the collection dates, newest first
 */
record Flowsheet(List<LocalDate> dates, List<Section> sections) {

    /** A heading and its rows; sections without a value are left out. */
    record Section(String title, List<Row> rows) {
    }

    /**
     * One marker's values.
     *
     * @param unit the unit the values of this row are given in
     * @param range the range of the newest value, with where it comes from, or how the row is calculated
     * @param calculated which calculated marker this row is; null for a measured one
     */
    record Row(String name, String unit, String range, @Nullable Calculated calculated,
               Map<LocalDate, List<Value>> values) {

        boolean derived() {
            return calculated != null;
        }

        List<Value> on(LocalDate date) {
            return values.getOrDefault(date, List.of());
        }
    }

    /**
     * One value of a cell.
     *
     * @param limit whether the text is a limit of the assay or a bound calculated from one ("&lt; 0.2", "&gt; 69.0")
     * @param note a remark the value carries, e.g. that albumin was assumed or why nothing could be calculated;
     *     empty when none
     */
    record Value(String text, Flag flag, boolean limit, String note) {
    }

    /** The markers calculated from others, each placed under the last of its inputs. */
    enum Calculated {
        FREE_TESTOSTERONE("Free testosterone (calculated)", "pg/mL", "Vermeulen 1999",
                CalculatedFreeTestosterone.CITATION, DerivedMarkers.Calculation.FREE_TESTOSTERONE),
        BIOAVAILABLE_TESTOSTERONE("Bioavailable testosterone (calculated)", "ng/dL", "Vermeulen 1999",
                CalculatedFreeTestosterone.CITATION, DerivedMarkers.Calculation.FREE_TESTOSTERONE),
        HOMA_IR("HOMA-IR", "index", "Matthews 1985", HomaIr.CITATION, DerivedMarkers.Calculation.HOMA_IR),
        TESTOSTERONE_ESTRADIOL_RATIO("Testosterone/estradiol ratio", "ng/dL ÷ pg/mL", "Pavlovich 2001",
                TestosteroneEstradiolRatio.CITATION, DerivedMarkers.Calculation.TESTOSTERONE_ESTRADIOL_RATIO);

        final String label;
        final String unit;
        final String shortSource;
        final String citation;
        /** The calculation that gives this marker: free and bioavailable testosterone come from one. */
        final DerivedMarkers.Calculation calculation;

        Calculated(String label, String unit, String shortSource, String citation,
                   DerivedMarkers.Calculation calculation) {
            this.label = label;
            this.unit = unit;
            this.shortSource = shortSource;
            this.citation = citation;
            this.calculation = calculation;
        }
    }

    static final String ALBUMIN_ASSUMED = "albumin not measured that day: 4.3 g/dL assumed";
    static final String LIMITS = "Values written with < or > are limits of the assay, not measured numbers; a "
            + "calculated value written so is only a bound, because an input was such a limit.";
    /** A calculated marker whose inputs were there but allow no value; the note says why. */
    static final String NOT_CALCULATED = "not calculated";

    /** What a row of the layout is: a measured marker or a calculated one. */
    private sealed interface Place {
    }

    private record Measured(MarkerKey key) implements Place {
    }

    private record Derived(Calculated kind) implements Place {
    }

    private record Group(String title, List<Place> places) {
    }

    private static Measured measured(String key) {
        return new Measured(new MarkerKey(key));
    }

    private static final List<Group> LAYOUT = List.of(
            new Group("Hormones", List.of(measured("TOTAL_TESTOSTERONE"), measured("FREE_TESTOSTERONE"),
                    measured("SHBG"), new Derived(Calculated.FREE_TESTOSTERONE),
                    new Derived(Calculated.BIOAVAILABLE_TESTOSTERONE), measured("LH"), measured("FSH"),
                    measured("ESTRADIOL"), new Derived(Calculated.TESTOSTERONE_ESTRADIOL_RATIO), measured("PROLACTIN"),
                    measured("CORTISOL_AM"))),
            new Group("Metabolic", List.of(measured("FASTING_GLUCOSE"), measured("FASTING_INSULIN"),
                    new Derived(Calculated.HOMA_IR), measured("HBA1C"), measured("ALBUMIN"))),
            new Group("Inflammation", List.of(measured("HS_CRP"), measured("IL6"))),
            new Group("Micronutrients", List.of(measured("VITAMIN_D_25OH"), measured("ZINC"), measured("MAGNESIUM"))),
            new Group("Safety", List.of(measured("HEMATOCRIT"), measured("PSA"))),
            new Group("Semen", List.of(measured("SPERM_CONCENTRATION"), measured("TOTAL_MOTILE_COUNT"),
                    measured("PROGRESSIVE_MOTILITY"))));

    /** Markers in the order the flowsheet lists them; markers it does not place come last, in catalogue order. */
    static Comparator<Marker> clinicalOrder(MarkerCatalogue catalogue) {
        List<MarkerKey> order = new ArrayList<>();
        LAYOUT.forEach(group -> group.places().forEach(place -> {
            if (place instanceof Measured m) {
                order.add(m.key());
            }
        }));
        catalogue.markers().forEach(marker -> {
            if (!order.contains(marker.key())) {
                order.add(marker.key());
            }
        });
        return Comparator.comparingInt(marker -> order.indexOf(marker.key()));
    }

    static Flowsheet of(CumulativeResults cumulative, MarkerCatalogue catalogue) {
        List<LocalDate> dates = cumulative.reports().stream().map(report -> report.collectedOn()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        // Entry order within a day, so that a value measured twice reads in the order it was entered.
        Map<MarkerKey, List<StoredResult>> byMarker = new LinkedHashMap<>();
        cumulative.results().stream().sorted(Comparator.comparingLong(StoredResult::id))
                .forEach(result -> byMarker.computeIfAbsent(result.marker().key(), key -> new ArrayList<>()).add(result));

        List<Section> sections = new ArrayList<>();
        Set<MarkerKey> placed = new HashSet<>();
        for (Group group : LAYOUT) {
            List<Row> rows = new ArrayList<>();
            for (Place place : group.places()) {
                switch (place) {
                    case Measured m -> {
                        placed.add(m.key());
                        rows.addAll(measuredRows(byMarker.getOrDefault(m.key(), List.of())));
                    }
                    case Derived d -> {
                        Row row = derivedRow(d.kind(), cumulative.derived());
                        if (row != null) {
                            rows.add(row);
                        }
                    }
                }
            }
            if (!rows.isEmpty()) {
                sections.add(new Section(group.title(), rows));
            }
        }
        // A marker added to the catalogue after this layout was written still shows, in catalogue order.
        List<Row> others = new ArrayList<>();
        for (Marker marker : catalogue.markers()) {
            if (!placed.contains(marker.key())) {
                others.addAll(measuredRows(byMarker.getOrDefault(marker.key(), List.of())));
            }
        }
        if (!others.isEmpty()) {
            sections.add(new Section("Other", others));
        }
        return new Flowsheet(dates, sections);
    }

    /** Every calculated marker the flowsheet shows, for citing them under it. */
    List<Calculated> calculatedShown() {
        return sections.stream().flatMap(section -> section.rows().stream()).map(Row::calculated)
                .filter(Objects::nonNull).map(Objects::requireNonNull).toList();
    }

    /** One row per reported unit, the unit of the newest value first. */
    private static List<Row> measuredRows(List<StoredResult> results) {
        if (results.isEmpty()) {
            return List.of();
        }
        Map<Unit, List<StoredResult>> byUnit = new LinkedHashMap<>();
        results.stream().sorted(Comparator.comparing(StoredResult::collectedOn).thenComparingLong(StoredResult::id)
                        .reversed())
                .forEach(result -> byUnit.computeIfAbsent(result.reported().unit(), unit -> new ArrayList<>()).add(result));
        List<Row> rows = new ArrayList<>();
        byUnit.forEach((unit, newestFirst) -> {
            Map<LocalDate, List<Value>> values = new TreeMap<>();
            newestFirst.reversed().forEach(result -> values.computeIfAbsent(result.collectedOn(), day -> new ArrayList<>())
                    .add(new Value(cellText(result.reported()), result.flag(), result.reported().isCensored(), "")));
            StoredResult newest = newestFirst.getFirst();
            rows.add(new Row(newest.marker().name(), unit.symbol(), range(newest, newestFirst), null, values));
        });
        return rows;
    }

    /** The newest value's range, saying when older values of the row were judged against another one. */
    private static String range(StoredResult newest, List<StoredResult> row) {
        String shown = range(newest.range(), newest.rangeOrigin());
        boolean varies = row.stream().anyMatch(result -> !Objects.equals(result.range(), newest.range())
                || result.rangeOrigin() != newest.rangeOrigin());
        return varies ? shown + "; earlier dates: other ranges" : shown;
    }

    /** A range as short as a table cell wants it: "264–916 ng/dL (default)"; whose default is in {@link ResultText#range}. */
    static String range(@Nullable ReferenceRange range, RangeOrigin origin) {
        if (range == null || origin == RangeOrigin.NONE) {
            return "no range applies";
        }
        return range + (origin == RangeOrigin.LAB ? " (lab)" : " (default)");
    }

    private static @Nullable Row derivedRow(Calculated kind, Map<LocalDate, DerivedMarkers> derived) {
        Map<LocalDate, List<Value>> values = new TreeMap<>();
        derived.forEach((day, markers) -> {
            Value value = derivedValue(kind, markers);
            if (value != null) {
                values.put(day, List.of(value));
            }
        });
        return values.isEmpty() ? null
                : new Row(kind.label, kind.unit, "calculated, " + kind.shortSource, kind, values);
    }

    /**
     * The calculated value as the bound it is when an input was a limit of the assay ("&gt; 69.0", never "69.0");
     * when the inputs were there but allow no value, says so with the reason; null when an input is missing.
     */
    private static @Nullable Value derivedValue(Calculated kind, DerivedMarkers markers) {
        Value value = switch (kind) {
            case FREE_TESTOSTERONE -> free(markers, free -> free.freePgPerMl(), 1);
            case BIOAVAILABLE_TESTOSTERONE -> free(markers, free -> free.bioavailableNgPerDl(), 0);
            case HOMA_IR -> {
                HomaIr.Result homa = markers.homaIr();
                yield homa == null ? null : calculated(homa.censoring(), homa.value(), 2, "");
            }
            case TESTOSTERONE_ESTRADIOL_RATIO -> {
                TestosteroneEstradiolRatio.Result ratio = markers.testosteroneEstradiolRatio();
                yield ratio == null ? null : calculated(ratio.censoring(), ratio.ratio(), 1, "");
            }
        };
        if (value != null) {
            return value;
        }
        String why = markers.failed().get(kind.calculation);
        return why == null ? null : new Value(NOT_CALCULATED, Flag.NO_RANGE, false, why);
    }

    private static @Nullable Value free(DerivedMarkers markers,
                                        Function<CalculatedFreeTestosterone.Result, Quantity> shown, int decimals) {
        CalculatedFreeTestosterone.Result free = markers.freeTestosterone();
        if (free == null) {
            return null;
        }
        return calculated(free.censoring(), shown.apply(free).value(), decimals,
                free.albuminAssumed() ? ALBUMIN_ASSUMED : "");
    }

    private static Value calculated(Censoring censoring, BigDecimal value, int decimals, String note) {
        return new Value(ResultText.calculated(censoring, value, decimals), Flag.NO_RANGE, censoring.isCensored(), note);
    }

    /**
     * The screen's usual text for a value ({@link ResultText#reported}), without the unit the row already
     * gives: whatever that text shows of the number (a "&lt;" for a value below detection, say) is kept.
     */
    static String cellText(ReportedValue value) {
        return ResultText.number(value);
    }
}
