package com.hpgdesk.assessment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Fills in both marker tables for one man as of one date: his data and the rules in, every row's verdict,
 * evidence, gaps and change out, with the recovery status against the published milestones. Only data
 * dated on or before the assessment date is read, so assessing an earlier date shows what was knowable then.
 * Stateless and deterministic: the same inputs, date and rules version always give an equal result.
 */
public final class MarkerTables {

    private static final BigDecimal HOMA_DIVISOR = new BigDecimal("405");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final AssessmentRules rules;

    public MarkerTables(AssessmentRules rules) {
        this.rules = rules;
    }

    public AssessmentRules rules() {
        return rules;
    }

    /**
     * Assesses as of {@code date} and compares every row with the assessment as of {@code previous}.
     *
     * @param previous the previous assessment's date (e.g. the lab date before the latest); null when there
     *                 is none, and every row with a verdict then reads {@link Change#NEW}
     */
    public Assessment assess(PatientInputs inputs, LocalDate date, @Nullable LocalDate previous) {
        Assessment now = assessOn(inputs, date, previous);
        Map<String, Verdict> before = new HashMap<>();
        if (previous != null && previous.isBefore(date)) {
            assessOn(inputs, previous, null).rows().forEach(row -> before.put(row.key(), row.verdict()));
        }
        List<AssessedTable> tables = now.tables().stream().map(table -> new AssessedTable(table.key(), table.title(),
                table.proHeading(), table.antiHeading(), table.rows().stream()
                .map(row -> row.withChange(Change.between(before.getOrDefault(row.key(), Verdict.NOT_ENOUGH_DATA),
                        row.verdict())))
                .toList())).toList();
        return new Assessment(now.assessedOn(), previous != null && previous.isBefore(date) ? previous : null,
                now.rulesVersion(), now.status(), now.statusExplanation(), now.statusEvidence(), tables,
                now.latestData());
    }

    private Assessment assessOn(PatientInputs inputs, LocalDate date, @Nullable LocalDate previous) {
        Record record = new Record(inputs, date);
        StatusReading status = status(record);
        Map<String, AssessedRow> byKey = new HashMap<>();
        for (RowRules row : rules.evaluationOrder()) {
            byKey.put(row.key(), row(row, record, status, byKey));
        }
        List<AssessedTable> tables = rules.tables().stream().map(table -> new AssessedTable(table.key(),
                table.title(), table.proHeading(), table.antiHeading(),
                table.rows().stream().map(row -> byKey.get(row.key())).toList())).toList();
        return new Assessment(date, previous, rules.version(), status.status, status.explanation, status.evidence,
                tables, record.latestData);
    }

    // ---- rows ----------------------------------------------------------------------------------------------

    private AssessedRow row(RowRules row, Record record, StatusReading status, Map<String, AssessedRow> done) {
        List<String> references = row.references().stream().map(Reference::citation).toList();
        if (row.observedRecovery()) {
            return new AssessedRow(row.key(), row.title(), row.basis(), row.unmeasurable(), row.pro(), row.anti(),
                    observedVerdict(status), status.evidence, status.gaps, Change.NEW, references);
        }
        List<Evidence> evidence = new ArrayList<>();
        Set<String> gaps = new LinkedHashSet<>();
        BigDecimal supports = BigDecimal.ZERO;
        BigDecimal hinders = BigDecimal.ZERO;
        boolean decisiveSpoke = row.decisive().isEmpty();
        for (Criterion criterion : row.criteria()) {
            Judgement judgement = judge(criterion, record, done);
            evidence.addAll(judgement.evidence);
            gaps.addAll(judgement.gaps);
            if (judgement.push == Push.UNDECIDED || judgement.weight.signum() == 0) {
                continue;
            }
            if (row.decisive().contains(AssessmentRules.inputKey(criterion))) {
                decisiveSpoke = true;
            }
            if (judgement.push == Push.SUPPORTS) {
                supports = supports.add(judgement.weight);
            } else {
                hinders = hinders.add(judgement.weight);
            }
        }
        Verdict verdict;
        if (row.recoveryRow() && record.onTreatment) {
            verdict = Verdict.ON_TREATMENT;
            gaps.clear();
        } else if (!decisiveSpoke || supports.add(hinders).signum() == 0) {
            verdict = Verdict.NOT_ENOUGH_DATA;
        } else if (hinders.signum() == 0 || supports.compareTo(hinders.multiply(rules.dominance())) >= 0) {
            verdict = Verdict.SUPPORTS_RECOVERY;
        } else if (supports.signum() == 0 || hinders.compareTo(supports.multiply(rules.dominance())) >= 0) {
            verdict = Verdict.HINDERS_RECOVERY;
        } else {
            verdict = Verdict.MIXED;
        }
        return new AssessedRow(row.key(), row.title(), row.basis(), row.unmeasurable(), row.pro(), row.anti(),
                verdict, List.copyOf(evidence), List.copyOf(gaps), Change.NEW, references);
    }

    private static Verdict observedVerdict(StatusReading status) {
        return switch (status.status) {
            case ON_TREATMENT -> Verdict.ON_TREATMENT;
            case NOT_ENOUGH_DATA -> Verdict.NOT_ENOUGH_DATA;
            case RECOVERED -> Verdict.SUPPORTS_RECOVERY;
            case DELAYED, BEHIND_THE_CURVE -> Verdict.HINDERS_RECOVERY;
            // Hormones back but sperm still low before the curve says most men have recovered.
            case ON_TRACK -> status.hormonalMet && status.spermLow ? Verdict.MIXED : Verdict.SUPPORTS_RECOVERY;
        };
    }

    /** What one criterion made of its input. */
    private record Judgement(Push push, BigDecimal weight, List<Evidence> evidence, List<String> gaps) {

        static Judgement missing(String gap) {
            return new Judgement(Push.UNDECIDED, BigDecimal.ZERO, List.of(), List.of(gap));
        }
    }

    private Judgement judge(Criterion criterion, Record record, Map<String, AssessedRow> done) {
        return switch (criterion) {
            case Criterion.OnThreshold c -> onThreshold(c, record);
            case Criterion.OnAnswer c -> onAnswer(c, record);
            case Criterion.OnTrend c -> onTrend(c, record);
            case Criterion.OnRow c -> onRow(c, record, done);
        };
    }

    private Judgement onThreshold(Criterion.OnThreshold c, Record record) {
        Reading reading = record.latest(c.input());
        if (reading == null) {
            LabObservation generic = record.latestGeneric(c.input());
            if (generic != null) {
                Evidence unused = new Evidence(c.input().label() + " (generic test)",
                        generic.reported() + " " + generic.reportedUnit(), generic.date(),
                        "hinders " + c.hinders().describe(), Push.UNDECIDED, false,
                        "A generic test does not stand in for " + c.input().label() + ": not used");
                return new Judgement(Push.UNDECIDED, BigDecimal.ZERO, List.of(unused),
                        List.of("Only a generic test on record for " + c.input().label() + ". " + c.gap()));
            }
            return Judgement.missing(c.gap());
        }
        boolean stale = record.isStale(reading.date, c.input(), c.freshWeeks());
        String threshold = "hinders " + c.hinders().describe();
        Push push = pushOf(c.hinders(), reading.value);
        List<String> notes = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        if (push == Push.UNDECIDED) {
            notes.add("straddles the limit");
            gaps.add(c.input().label() + " " + reading.text + " reaches both sides of " + c.hinders().describe()
                    + ": a result with a lower reporting limit would decide.");
        }
        if (push == Push.SUPPORTS && c.counts() == Criterion.Counts.HINDERS_ONLY
                || push == Push.HINDERS && c.counts() == Criterion.Counts.SUPPORTS_ONLY) {
            notes.add(c.counts() == Criterion.Counts.HINDERS_ONLY ? "within limits; this input only counts against"
                    : "this input only counts in favour");
            push = Push.UNDECIDED;
        }
        if (push == Push.HINDERS && c.hindersOnlyAfterEndWeeks() != null) {
            LocalDate end = record.inputs.treatment().endOfTreatment();
            if (end == null || reading.date.isBefore(end.plusWeeks(c.hindersOnlyAfterEndWeeks()))) {
                notes.add(end == null ? record.inputs.treatment().onTreatment() ? "still on treatment, so not judged"
                        : "no end of treatment recorded, so not judged"
                        : "expected within " + c.hindersOnlyAfterEndWeeks() + " weeks of the end of treatment");
                push = Push.UNDECIDED;
            }
        }
        if (push == Push.HINDERS && c.hindersWhen() != null) {
            Criterion.Condition condition = c.hindersWhen();
            Reading other = record.latest(condition.input());
            threshold += " while " + condition.input().label() + " " + condition.threshold().describe();
            if (other == null || record.isStale(other.date, condition.input(), c.freshWeeks())) {
                notes.add("needs a recent " + condition.input().label() + " to tell where the problem lies");
                gaps.add("No recent " + condition.input().label() + " beside " + c.input().label()
                        + ": order both together.");
                push = Push.UNDECIDED;
            } else if (condition.threshold().certainlyNotMet(other.value)) {
                notes.add(condition.input().label() + " " + other.text + " is not " + condition.threshold().describe()
                        + ": this points elsewhere");
                push = Push.UNDECIDED;
            } else if (!condition.threshold().certainlyMet(other.value)) {
                notes.add(condition.input().label() + " " + other.text + " straddles "
                        + condition.threshold().describe());
                push = Push.UNDECIDED;
            }
        }
        return judged(c.input().label(), reading, threshold, push, stale, notes, gaps, c.weight(), record, c.input());
    }

    private Judgement onAnswer(Criterion.OnAnswer c, Record record) {
        LifestyleObservation answer = record.latestAnswer(c.input());
        if (answer == null || answer.answer() == null) {
            return Judgement.missing(c.gap());
        }
        boolean stale = record.isStale(answer.weekOf(), c.input(), null);
        Push push = answer.answer() == c.hindersIf() ? Push.HINDERS : Push.SUPPORTS;
        List<String> notes = new ArrayList<>();
        if (push == Push.SUPPORTS && c.counts() == Criterion.Counts.HINDERS_ONLY
                || push == Push.HINDERS && c.counts() == Criterion.Counts.SUPPORTS_ONLY) {
            notes.add("this answer only counts the other way");
            push = Push.UNDECIDED;
        }
        Reading reading = new Reading(answer.weekOf(), Interval.exactly(BigDecimal.ZERO),
                answer.answer() ? "yes" : "no", null);
        return judged(c.input().label(), reading, "hinders if " + (c.hindersIf() ? "yes" : "no"), push, stale, notes,
                List.of(), c.weight(), record, c.input());
    }

    private Judgement onTrend(Criterion.OnTrend c, Record record) {
        List<LabObservation> series = record.labs.getOrDefault(c.input(), List.of());
        if (series.isEmpty()) {
            return Judgement.missing(c.gap());
        }
        LabObservation latest = series.getLast();
        LabObservation earliest = null;
        LocalDate windowStart = latest.date().minusWeeks(c.windowWeeks());
        for (LabObservation point : series) {
            if (!point.date().isBefore(windowStart) && point.date().isBefore(latest.date())) {
                earliest = point;
                break;
            }
        }
        BigDecimal risen = BigDecimal.ONE.add(c.risePercent().divide(HUNDRED));
        String threshold = "supports if " + c.target().describe() + " or rising by " 
                + c.risePercent().stripTrailingZeros().toPlainString() + " % or more within " + c.windowWeeks()
                + " weeks";
        List<String> notes = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        String value;
        Push push;
        if (c.target().certainlyMet(latest.value())) {
            value = latest.reported() + " " + latest.reportedUnit();
            push = Push.SUPPORTS;
            notes.add("at target");
        } else if (earliest == null) {
            value = latest.reported() + " " + latest.reportedUnit();
            push = Push.UNDECIDED;
            notes.add("one result only: no direction yet");
            gaps.add("Only one " + c.input().label() + " within " + c.windowWeeks()
                    + " weeks: a repeat would show its direction.");
        } else {
            value = earliest.reported() + " → " + latest.reported() + " " + latest.reportedUnit();
            BigDecimal ceiling = earliest.value().high() == null ? null : earliest.value().high().multiply(risen);
            if (ceiling != null && latest.value().entirelyAbove(ceiling, false)) {
                push = Push.SUPPORTS;
                notes.add("rising");
            } else if (ceiling != null && latest.value().entirelyBelow(ceiling, true)) {
                push = Push.HINDERS;
                notes.add("flat or falling");
                LocalDate end = record.inputs.treatment().endOfTreatment();
                if (end == null || latest.date().isBefore(end.plusWeeks(c.afterEndWeeks()))) {
                    push = Push.UNDECIDED;
                    notes.add("too soon after the end of treatment to expect a rise");
                }
            } else {
                push = Push.UNDECIDED;
                notes.add("direction uncertain");
                gaps.add(c.input().label() + " results too imprecise to show a direction: repeat with the same assay.");
            }
        }
        Reading reading = new Reading(latest.date(), latest.value(), value, null);
        boolean stale = record.isStale(latest.date(), c.input(), null);
        return judged(c.input().label() + " trend", reading, threshold, push, stale, notes, gaps, c.weight(), record,
                c.input());
    }

    private Judgement onRow(Criterion.OnRow c, Record record, Map<String, AssessedRow> done) {
        AssessedRow other = done.get(c.row());
        Push push = switch (other.verdict()) {
            case SUPPORTS_RECOVERY -> Push.SUPPORTS;
            case HINDERS_RECOVERY -> Push.HINDERS;
            default -> Push.UNDECIDED;
        };
        Evidence evidence = new Evidence(other.title() + " (row)", other.verdict().label(), record.date,
                "this table's verdict", push, false, null);
        List<String> gaps = other.verdict() == Verdict.NOT_ENOUGH_DATA ? List.of(c.gap()) : List.of();
        return new Judgement(push, push == Push.UNDECIDED ? BigDecimal.ZERO : c.weight(), List.of(evidence), gaps);
    }

    private Judgement judged(String label, Reading reading, String threshold, Push push, boolean stale,
                             List<String> notes, List<String> gaps, BigDecimal weight, Record record,
                             AssessmentInput input) {
        List<String> allNotes = new ArrayList<>(notes);
        List<String> allGaps = new ArrayList<>(gaps);
        BigDecimal counted = weight;
        if (stale) {
            counted = weight.multiply(rules.staleWeight());
            int weeks = input.isLab() ? rules.labFreshWeeks() : rules.lifestyleFreshWeeks();
            allNotes.add(rules.staleWeight().signum() == 0 ? "stale: not counted" : "stale: counts less");
            allGaps.add(label + " of " + reading.date + " is older than " + weeks + " weeks: " 
                    + (input.isLab() ? "repeat it." : "ask about a recent week."));
        }
        String phase = record.phaseOn(reading.date);
        if (phase != null && input.isLab()) {
            allNotes.add("taken during " + phase);
        }
        String unit = reading.unitText != null ? reading.unitText
                : input.source() == AssessmentInput.Source.ANSWER || "index".equals(input.unit())
                        || "ratio".equals(input.unit()) ? "" : input.unit();
        String value = unit.isEmpty() || reading.text.endsWith(unit) ? reading.text : reading.text + " " + unit;
        Evidence evidence = new Evidence(label, value, reading.date, threshold, push, stale,
                allNotes.isEmpty() ? null : String.join("; ", allNotes));
        return new Judgement(push, push == Push.UNDECIDED ? BigDecimal.ZERO : counted, List.of(evidence), allGaps);
    }

    private static Push pushOf(Threshold hinders, Interval value) {
        if (hinders.certainlyMet(value)) {
            return Push.HINDERS;
        }
        return hinders.certainlyNotMet(value) ? Push.SUPPORTS : Push.UNDECIDED;
    }

    // ---- recovery status -----------------------------------------------------------------------------------

    private static final class StatusReading {
        RecoveryStatus status = RecoveryStatus.NOT_ENOUGH_DATA;
        String explanation = "";
        List<Evidence> evidence = List.of();
        List<String> gaps = List.of();
        boolean hormonalMet;
        boolean spermLow;
    }

    private StatusReading status(Record record) {
        RecoveryRules recovery = rules.recovery();
        StatusReading reading = new StatusReading();
        LocalDate end = record.inputs.treatment().endOfTreatment();
        if (record.onTreatment) {
            reading.status = RecoveryStatus.ON_TREATMENT;
            reading.explanation = end == null ? "Androgens still taken: recovery has not started."
                    : "The last dose is still acting until " + end + ": recovery has not started.";
            // The clinical outcome row reads this status: it shows why there is nothing to judge yet.
            reading.evidence = List.of(new Evidence("Androgen treatment",
                    end == null ? "still taken" : "last dose acting until " + end, record.date,
                    "recovery is read from the end of treatment", Push.UNDECIDED, false, null));
            return reading;
        }
        if (end == null) {
            reading.explanation = "No end of treatment recorded: recovery cannot be placed on the curve.";
            reading.gaps = List.of("No end of treatment on record: add the androgen history.");
            return reading;
        }
        LabObservation tt = record.latestSince(AssessmentInput.TOTAL_TESTOSTERONE, end);
        LabObservation lh = record.latestSince(AssessmentInput.LH, end);
        LabObservation sperm = record.latestSince(AssessmentInput.SPERM_CONCENTRATION, end);
        List<Evidence> evidence = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        boolean ttMet = criterion(tt, recovery.testosterone(), "Total testosterone", record, evidence, gaps);
        boolean lhMet = criterion(lh, recovery.lh(), "LH", record, evidence, gaps);
        boolean spermMet = criterion(sperm, recovery.sperm(), "Sperm concentration", record, evidence, new ArrayList<>());
        reading.hormonalMet = ttMet && lhMet;
        reading.spermLow = sperm != null && recovery.sperm().certainlyNotMet(sperm.value());
        reading.evidence = List.copyOf(evidence);
        boolean delayedWindow = !record.date.isBefore(end.plusMonths(recovery.delayedAfterMonths()));
        boolean behindWindow = !record.date.isBefore(end.plusMonths(recovery.behindTheCurveAfterMonths()));
        long months = ChronoUnit.MONTHS.between(end, record.date);
        String since = months + (months == 1 ? " month" : " months") + " after the end of treatment";
        if (sperm == null && reading.hormonalMet) {
            gaps.add("No semen analysis since the end of treatment: order one if fertility matters to him.");
        }
        reading.gaps = List.copyOf(gaps);
        if (tt == null && lh == null && sperm == null) {
            reading.explanation = "No testosterone, LH or semen result since the end of treatment.";
            return reading;
        }
        if (behindWindow && reading.spermLow) {
            reading.status = RecoveryStatus.BEHIND_THE_CURVE;
            reading.explanation = "Sperm concentration still below " + recovery.sperm().describe().substring(2)
                    + " " + since + ", when most men have recovered.";
        } else if (reading.hormonalMet && (sperm == null || spermMet)) {
            reading.status = RecoveryStatus.RECOVERED;
            reading.explanation = "Hormonal recovery criteria met " + since
                    + (sperm == null ? " (no semen analysis on record)." : ", with sperm concentration recovered.");
        } else if (delayedWindow && !reading.hormonalMet) {
            reading.status = RecoveryStatus.DELAYED;
            reading.explanation = "Hormonal recovery criteria not shown " + since + ".";
        } else {
            reading.status = RecoveryStatus.ON_TRACK;
            reading.explanation = since.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + since.substring(1)
                    + ": within the time most men need.";
        }
        return reading;
    }

    private boolean criterion(@Nullable LabObservation observation, Threshold met, String label, Record record,
                              List<Evidence> evidence, List<String> gaps) {
        if (observation == null) {
            gaps.add("No " + label.toLowerCase(java.util.Locale.ROOT).replace("lh", "LH")
                    + " since the end of treatment: order one.");
            return false;
        }
        boolean certainlyMet = met.certainlyMet(observation.value());
        Push push = certainlyMet ? Push.SUPPORTS : met.certainlyNotMet(observation.value()) ? Push.HINDERS
                : Push.UNDECIDED;
        boolean stale = record.isStale(observation.date(), observation.marker(), null);
        String phase = record.phaseOn(observation.date());
        evidence.add(new Evidence(label, observation.reported() + " " + observation.reportedUnit(),
                observation.date(), "recovered when " + met.describe(), push, stale,
                phase == null ? null : "taken during " + phase));
        return certainlyMet;
    }

    // ---- the man's record as of the date -------------------------------------------------------------------

    /** A value ready for judging, with the words to show it. */
    private record Reading(LocalDate date, Interval value, String text, @Nullable String unitText) {
    }

    /** The inputs dated on or before the assessment date, indexed by input. */
    private final class Record {
        final PatientInputs inputs;
        final LocalDate date;
        final boolean onTreatment;
        final Map<AssessmentInput, List<LabObservation>> labs = new EnumMap<>(AssessmentInput.class);
        final Map<AssessmentInput, LabObservation> generic = new EnumMap<>(AssessmentInput.class);
        final Map<AssessmentInput, LifestyleObservation> lifestyle = new EnumMap<>(AssessmentInput.class);
        final Map<AssessmentInput, Reading> derived = new EnumMap<>(AssessmentInput.class);
        @Nullable LocalDate latestData;

        Record(PatientInputs inputs, LocalDate date) {
            this.inputs = inputs;
            this.date = date;
            this.onTreatment = inputs.treatment().onTreatmentOn(date);
            for (LabObservation lab : inputs.labs()) {
                if (lab.date().isAfter(date)) {
                    break;
                }
                if (lab.specific()) {
                    labs.computeIfAbsent(lab.marker(), k -> new ArrayList<>()).add(lab);
                } else {
                    generic.put(lab.marker(), lab);
                }
                latestData = lab.date();
            }
            for (LifestyleObservation week : inputs.lifestyle()) {
                if (week.weekOf().isAfter(date)) {
                    break;
                }
                lifestyle.put(week.measure(), week);
                if (latestData == null || week.weekOf().isAfter(latestData)) {
                    latestData = week.weekOf();
                }
            }
            derive(AssessmentInput.HOMA_IR, AssessmentInput.FASTING_GLUCOSE, AssessmentInput.FASTING_INSULIN);
            derive(AssessmentInput.T_E2_RATIO, AssessmentInput.TOTAL_TESTOSTERONE, AssessmentInput.ESTRADIOL);
        }

        /** The latest day with both results, worked out as an interval so censored inputs stay honest. */
        private void derive(AssessmentInput target, AssessmentInput first, AssessmentInput second) {
            List<LabObservation> a = labs.getOrDefault(first, List.of());
            List<LabObservation> b = labs.getOrDefault(second, List.of());
            for (int i = a.size() - 1; i >= 0; i--) {
                LabObservation x = a.get(i);
                for (int j = b.size() - 1; j >= 0; j--) {
                    LabObservation y = b.get(j);
                    if (y.date().equals(x.date())) {
                        Interval value;
                        String how;
                        if (target == AssessmentInput.HOMA_IR) {
                            value = x.value().times(y.value()).dividedBy(HOMA_DIVISOR);
                            how = " (glucose " + x.reported() + " " + x.reportedUnit() + " × insulin "
                                    + y.reported() + " " + y.reportedUnit() + " / 405)";
                        } else if (y.value().high() != null && y.value().high().signum() == 0) {
                            continue;
                        } else {
                            value = x.value().dividedBy(y.value());
                            how = " (" + x.reported() + " " + x.reportedUnit() + " / " + y.reported() + " "
                                    + y.reportedUnit() + ")";
                        }
                        derived.put(target, new Reading(x.date(), value, value.describe(target.decimals()) + how, ""));
                        return;
                    }
                    if (y.date().isBefore(x.date())) {
                        break;
                    }
                }
            }
        }

        @Nullable Reading latest(AssessmentInput input) {
            return switch (input.source()) {
                case DERIVED -> derived.get(input);
                case LAB -> {
                    List<LabObservation> series = labs.get(input);
                    if (series == null) {
                        yield null;
                    }
                    LabObservation last = series.getLast();
                    yield new Reading(last.date(), last.value(), last.reported(), last.reportedUnit());
                }
                case LIFESTYLE -> {
                    LifestyleObservation week = lifestyle.get(input);
                    yield week == null || week.number() == null ? null : new Reading(week.weekOf(),
                            Interval.exactly(week.number()), week.number().stripTrailingZeros().toPlainString(), null);
                }
                case ANSWER -> null;
            };
        }

        @Nullable LabObservation latestGeneric(AssessmentInput input) {
            return generic.get(input);
        }

        @Nullable LifestyleObservation latestAnswer(AssessmentInput input) {
            return lifestyle.get(input);
        }

        @Nullable LabObservation latestSince(AssessmentInput input, LocalDate since) {
            List<LabObservation> series = labs.get(input);
            if (series == null || series.getLast().date().isBefore(since)) {
                return null;
            }
            return series.getLast();
        }

        boolean isStale(LocalDate observed, AssessmentInput input, @Nullable Integer freshWeeks) {
            int weeks = freshWeeks != null ? freshWeeks
                    : input.isLab() ? rules.labFreshWeeks() : rules.lifestyleFreshWeeks();
            return observed.isBefore(date.minusWeeks(weeks));
        }

        @Nullable String phaseOn(LocalDate day) {
            for (ProtocolPhase phase : inputs.phases()) {
                if (phase.covers(day)) {
                    return "a " + phase.drug() + " phase";
                }
            }
            return null;
        }
    }
}
