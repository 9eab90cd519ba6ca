package com.hpgdesk.handout;

import com.hpgdesk.assessment.curve.HormonalRecoveryCriteria;
import com.hpgdesk.assessment.curve.RecoveryCurve;
import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.assessment.curve.SpermRecoveryCurve;
import com.hpgdesk.assessment.engine.AssessedRow;
import com.hpgdesk.assessment.engine.AssessedTable;
import com.hpgdesk.assessment.engine.AssessmentInput;
import com.hpgdesk.assessment.engine.Push;
import com.hpgdesk.assessment.engine.Verdict;
import com.hpgdesk.handout.HandoutDocument.Block;
import com.hpgdesk.handout.HandoutDocument.Bullets;
import com.hpgdesk.handout.HandoutDocument.Field;
import com.hpgdesk.handout.HandoutDocument.Figure;
import com.hpgdesk.handout.HandoutDocument.Heading;
import com.hpgdesk.handout.HandoutDocument.Paragraph;
import com.hpgdesk.handout.HandoutDocument.Row;
import com.hpgdesk.handout.HandoutDocument.Table;
import com.hpgdesk.chart.RecoveryChart;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.patient.RecoveryClock;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Words one man's facts in one template set: chooses every sentence, writes numbers, dates and units the way
 * the handout's language writes them, and picks his plan's advice from his own verdicts and gaps. Plain Java
 * and deterministic: the same facts and wording give an equal document.
 */
public final class HandoutComposer {

    /** The recovery chart's own size; the PDF scales it to the page width. */
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 780;

    private static final Map<String, AssessmentInput> INPUT_BY_LABEL = Arrays.stream(AssessmentInput.values())
            .collect(Collectors.toUnmodifiableMap(AssessmentInput::label, Function.identity()));

    private final HandoutWording words;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;

    public HandoutComposer(HandoutWording words) {
        this.words = words;
        this.locale = words.locale();
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public HandoutDocument compose(HandoutFacts facts) {
        String date = longDate.format(facts.date());
        List<Field> header = List.of(
                new Field(words.text("header.patient"), facts.patientName()),
                new Field(words.text("header.born"), longDate.format(facts.dateOfBirth())),
                new Field(words.text("header.date"), date),
                new Field(words.text("header.clinician"), facts.clinician()));
        List<Block> blocks = new ArrayList<>();
        status(facts, blocks);
        latestResults(facts, blocks);
        chart(facts, blocks);
        markerTables(facts, blocks);
        plan(facts, blocks);
        history(facts, blocks);
        references(facts, blocks);
        return new HandoutDocument(
                words.text("document.title", Map.of("patient", facts.patientName(), "date", date)),
                words.text("document.subject"), words.text("language.locale"), facts.practice(), facts.logo(),
                words.text("document.heading"), header, blocks,
                words.text("footer.text", Map.of("practice", facts.practice(), "patient", facts.patientName(),
                        "date", date)),
                (page, pages) -> words.text("footer.page", Map.of("page", integer(page), "pages", integer(pages))));
    }

    private void status(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(2, words.text("status.heading")));
        RecoveryClock clock = facts.clock();
        String where;
        if (clock == null) {
            where = words.text("status.noCourse");
        } else {
            where = switch (clock.state()) {
                case ON_TREATMENT -> words.text("status.onTreatment");
                case LAST_DOSE_ACTING -> words.text("status.lastDoseActing",
                        Map.of("endOfTreatment", longDate.format(clock.endOfTreatment().orElseThrow())));
                case AFTER_TREATMENT -> words.text("status.afterTreatment", Map.of(
                        "endOfTreatment", longDate.format(clock.endOfTreatment().orElseThrow()),
                        "months", integer((long) Math.floor(clock.monthsSinceEnd().orElseThrow())),
                        "weeks", integer(clock.weeksSinceEnd().orElseThrow())));
            };
        }
        blocks.add(Paragraph.of(where));
        blocks.add(new Paragraph(words.text("recovery." + facts.assessment().status().name()),
                Paragraph.Style.CALLOUT));
    }

    private void latestResults(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(2, words.text("results.heading")));
        if (facts.latestResults().isEmpty()) {
            blocks.add(Paragraph.of(words.text("results.none")));
            return;
        }
        blocks.add(new Paragraph(words.text("results.intro"), Paragraph.Style.NOTE));
        blocks.add(new Table(words.text("results.heading"), List.of(words.text("results.col.test"),
                words.text("results.col.value"), words.text("results.col.range"), words.text("results.col.date"),
                words.text("results.col.meaning")), new float[] {28, 17, 19, 13, 23},
                facts.latestResults().stream().map(result -> new Row(List.of(markerName(result),
                        value(result.reported()), range(result.range()), shortDate.format(result.collectedOn()),
                        words.text("flag." + result.flag().name())), tone(result.flag()))).toList()));
    }

    private void chart(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(2, words.text("chart.heading")));
        if (facts.recoveryCurve() == null) {
            blocks.add(Paragraph.of(words.text("chart.none")));
            return;
        }
        blocks.add(new Paragraph(words.text("chart.intro"), Paragraph.Style.NOTE));
        blocks.add(new Figure(facts.recoveryCurve().chart(chartWords()), words.text("chart.alt"), CHART_WIDTH,
                CHART_HEIGHT));
    }

    /** The recovery chart's own words (axes, legend, lines) in the handout's language; citations stay as published. */
    RecoveryCurve.Words chartWords() {
        Map<RecoveryMarker, String> names = new EnumMap<>(RecoveryMarker.class);
        Map<RecoveryMarker, String> units = new EnumMap<>(RecoveryMarker.class);
        for (RecoveryMarker marker : RecoveryMarker.values()) {
            names.put(marker, words.text("chart.panel." + marker.name()));
            units.put(marker, words.optional("unit." + marker.unit().symbol()).orElse(marker.unitWords()));
        }
        String hormonal = HormonalRecoveryCriteria.SOURCE.shortName();
        String sperm = SpermRecoveryCurve.SOURCE.shortName();
        return new RecoveryCurve.Words(
                new RecoveryChart.Words(locale, words.text("chart.axis.months"), words.text("chart.endOfTreatment"),
                        words.text("chart.patientValues"), words.text("chart.beyondLimit")),
                words.text("chart.title"), names, units,
                words.text("chart.criteria.legend", Map.of("source", hormonal)),
                words.text("chart.milestones.legend", Map.of("expected", integer(HormonalRecoveryCriteria.EXPECTED_BY_MONTHS),
                        "delayed", integer(HormonalRecoveryCriteria.DELAYED_AFTER_MONTHS), "source", hormonal)),
                words.text("chart.monthsShort"),
                words.text("chart.spermThreshold.legend", Map.of("source", sperm)),
                words.text("chart.spermCurve.legend", Map.of("source", sperm)),
                words.text("chart.percentAxis"),
                words.text("chart.spermCurve.summary", Map.of("source", sperm)),
                words.text("chart.sources.hormonal", Map.of("citation", HormonalRecoveryCriteria.SOURCE.full())),
                words.text("chart.sources.sperm", Map.of("citation", SpermRecoveryCurve.SOURCE.full())));
    }

    private void markerTables(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(2, words.text("tables.heading")));
        blocks.add(new Paragraph(words.text("tables.intro"), Paragraph.Style.NOTE));
        List<String> headers = List.of(words.text("tables.col.topic"), words.text("tables.col.verdict"),
                words.text("tables.col.meaning"));
        for (AssessedTable table : facts.assessment().tables()) {
            String title = words.text("table." + table.key() + ".title");
            blocks.add(new Heading(3, title));
            blocks.add(new Table(title, headers, new float[] {30, 22, 48}, table.rows().stream()
                    .map(row -> new Row(List.of(words.text("row." + row.key() + ".title"),
                            words.text("verdict." + row.verdict().name()), meaning(row)), tone(row.verdict())))
                    .toList()));
        }
    }

    private String meaning(AssessedRow row) {
        String key = "row." + row.key();
        return switch (row.verdict()) {
            case SUPPORTS_RECOVERY -> words.text(key + ".helps");
            case HINDERS_RECOVERY -> words.text(key + ".hinders");
            case MIXED -> words.text(key + ".helps") + " " + words.text(key + ".hinders");
            case NOT_ENOUGH_DATA, ON_TREATMENT -> row.gaps().isEmpty() ? ""
                    : words.text("tables.gaps", Map.of("count", integer(row.gaps().size())));
        };
    }

    private void plan(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(2, words.text("plan.heading")));
        blocks.add(new Paragraph(words.text("plan.intro"), Paragraph.Style.NOTE));
        Map<AssessmentInput, Push> judged = judgedInputs(facts);
        for (PlanTopic topic : PlanTopic.values()) {
            blocks.add(new Heading(3, words.text("plan." + topic.name() + ".heading")));
            List<String> advice = topic.inputs().stream().filter(input -> judged.get(input) == Push.HINDERS)
                    .map(input -> words.text("advice." + input.name())).distinct().toList();
            if (!advice.isEmpty()) {
                blocks.add(new Bullets(advice));
            } else if (topic.inputs().stream().anyMatch(judged::containsKey)) {
                blocks.add(Paragraph.of(words.text("plan." + topic.name() + ".keep")));
            } else {
                blocks.add(Paragraph.of(words.text("plan." + topic.name() + ".unknown")));
            }
        }
        medications(facts, blocks);
        blocks.add(new Paragraph(facts.nextLabs() == null ? words.text("plan.nextLabs.none")
                : words.text("plan.nextLabs", Map.of("date", longDate.format(facts.nextLabs()))),
                Paragraph.Style.CALLOUT));
    }

    /**
     * How each input was judged across both tables: holding recovery back anywhere wins. A vitamin or mineral
     * the lab flags below its range counts as holding back even where no row reads it.
     */
    private static Map<AssessmentInput, Push> judgedInputs(HandoutFacts facts) {
        Map<AssessmentInput, Push> judged = new EnumMap<>(AssessmentInput.class);
        facts.assessment().rows().flatMap(row -> row.evidence().stream()).forEach(evidence -> {
            AssessmentInput input = INPUT_BY_LABEL.get(evidence.input());
            if (input != null) {
                judged.merge(input, evidence.push(), HandoutComposer::worse);
            }
        });
        Set<AssessmentInput> minerals = EnumSet.copyOf(PlanTopic.MICRONUTRIENTS.inputs());
        for (HandoutFacts.Result result : facts.latestResults()) {
            AssessmentInput.byKey(result.marker().value()).filter(minerals::contains).ifPresent(input ->
                    judged.merge(input, result.flag() == Flag.BELOW_RANGE ? Push.HINDERS : Push.UNDECIDED,
                            HandoutComposer::worse));
        }
        return judged;
    }

    private static Push worse(Push a, Push b) {
        return a == Push.HINDERS || b == Push.HINDERS ? Push.HINDERS : a == Push.SUPPORTS ? a : b;
    }

    private void medications(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(3, words.text("plan.medication.heading")));
        if (facts.medications().isEmpty()) {
            blocks.add(Paragraph.of(words.text("plan.medication.none")));
            return;
        }
        blocks.add(Paragraph.of(words.text("plan.medication.intro", Map.of(
                "from", longDate.format(facts.scheduleFrom()), "to", longDate.format(facts.scheduleTo())))));
        blocks.add(new Table(words.text("plan.medication.heading"), List.of(
                words.text("plan.medication.col.medicine"), words.text("plan.medication.col.dose"),
                words.text("plan.medication.col.how"), words.text("plan.medication.col.often"),
                words.text("plan.medication.col.from"), words.text("plan.medication.col.until")),
                new float[] {20, 14, 20, 18, 13, 15}, facts.medications().stream().map(dose -> new Row(List.of(
                        dose.medicine(), dose.dose(), words.text("route." + dose.route().name()),
                        words.text("frequency." + dose.frequency().name())
                                + (dose.note() == null ? "" : " (" + dose.note() + ")"),
                        shortDate.format(dose.from()), dose.until() == null ? words.text("plan.medication.ongoing")
                                : shortDate.format(dose.until())), Row.Tone.PLAIN)).toList()));
    }

    private void history(HandoutFacts facts, List<Block> blocks) {
        if (facts.history().isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, words.text("results.history.heading")));
        blocks.add(new Paragraph(words.text("results.history.intro"), Paragraph.Style.NOTE));
        blocks.add(new Table(words.text("results.history.heading"), List.of(words.text("results.col.date"),
                words.text("results.col.test"), words.text("results.col.value"), words.text("results.col.range"),
                words.text("results.col.meaning")), new float[] {13, 28, 17, 19, 23},
                facts.history().stream().map(result -> new Row(List.of(shortDate.format(result.collectedOn()),
                        markerName(result), value(result.reported()), range(result.range()),
                        words.text("flag." + result.flag().name())), tone(result.flag()))).toList()));
    }

    private void references(HandoutFacts facts, List<Block> blocks) {
        blocks.add(new Heading(2, words.text("references.heading")));
        if (!facts.references().isEmpty()) {
            blocks.add(new Paragraph(words.text("references.intro"), Paragraph.Style.NOTE));
            blocks.add(new Bullets(List.copyOf(new LinkedHashSet<>(facts.references()))));
        }
        blocks.add(new Paragraph(words.text("disclaimer"), Paragraph.Style.CALLOUT));
    }

    // ---- numbers, units and dates in the handout's language ---------------------------------------------------

    private String markerName(HandoutFacts.Result result) {
        return words.text("marker." + result.marker().value());
    }

    /** "&lt; 0,2 UI/L" in Spanish: the comparator and unit as the lab printed them, the number in the locale's way. */
    String value(ReportedValue value) {
        String number = number(value.quantity().value());
        String unit = unit(value.unit().symbol());
        return (value.isCensored() ? value.censoring().symbol() + " " : "") + number + " " + unit;
    }

    String range(@Nullable ReferenceRange range) {
        if (range == null) {
            return "";
        }
        String unit = unit(range.unit().symbol());
        if (range.low() == null) {
            return "≤ " + number(java.util.Objects.requireNonNull(range.high())) + " " + unit;
        }
        if (range.high() == null) {
            return "≥ " + number(range.low()) + " " + unit;
        }
        return number(range.low()) + "–" + number(range.high()) + " " + unit;
    }

    private String unit(String symbol) {
        return words.optional("unit." + symbol).orElse(symbol);
    }

    /** The number with the decimals it was reported with, in the locale's digits and marks. */
    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(value.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0);
        return format.format(value);
    }

    private String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static Row.Tone tone(Flag flag) {
        return flag == Flag.BELOW_RANGE || flag == Flag.ABOVE_RANGE ? Row.Tone.ATTENTION : Row.Tone.PLAIN;
    }

    private static Row.Tone tone(Verdict verdict) {
        return switch (verdict) {
            case SUPPORTS_RECOVERY -> Row.Tone.GOOD;
            case HINDERS_RECOVERY -> Row.Tone.ATTENTION;
            default -> Row.Tone.PLAIN;
        };
    }
}
