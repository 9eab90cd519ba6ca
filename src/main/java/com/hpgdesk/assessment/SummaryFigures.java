package com.hpgdesk.assessment;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.results.StoredResult;
import com.hpgdesk.lifestyle.LifestyleEntry;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.protocol.ProtocolTimeline;
import com.hpgdesk.protocol.RestartProtocol;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The values of a patient's summary that the practice review lists and filters on: the latest hormones with
 * their direction, hematocrit, estradiol against its range, T/E2, the dates of the last labs and lifestyle
 * week, the active protocol, and when labs are next due. Worked out from what the assessment already read, so a
 * refresh costs no extra query.
 */
record SummaryFigures(
        @Nullable LocalDate endOfTreatment,
        boolean onTreatment,
        @Nullable Latest totalTestosterone,
        @Nullable Latest lh,
        @Nullable Latest fsh,
        @Nullable BigDecimal hematocritPercent,
        boolean estradiolAboveRange,
        @Nullable BigDecimal testosteroneEstradiolRatio,
        @Nullable LocalDate lastLabOn,
        @Nullable LocalDate lastLifestyleWeek,
        @Nullable ActiveProtocol protocol,
        @Nullable LocalDate nextLabsDue) {

    enum Direction { UP, DOWN, SAME }

    /** A marker's latest value in its canonical unit, as text with its comparator and as a number to sort by. */
    record Latest(BigDecimal value, String text, LocalDate on, @Nullable Direction direction) {}

    /** @param drugs the drugs of its medications, e.g. ",HCG,CLOMIPHENE," (commas at both ends, for a like) */
    record ActiveProtocol(String name, String phase, LocalDate startedOn, String drugs) {}

    /** How often labs are due: on an active protocol, and otherwise while the patient is followed. */
    record LabIntervals(Period onProtocol, Period otherwise) {}

    private static final MathContext RATIO = new MathContext(6);
    private static final MarkerKey LH = new MarkerKey("LH");
    private static final MarkerKey FSH = new MarkerKey("FSH");
    private static final MarkerKey HEMATOCRIT = new MarkerKey("HEMATOCRIT");

    static SummaryFigures of(@Nullable RecoveryClock clock, List<StoredResult> results, List<LifestyleEntry> weeks,
                             List<RestartProtocol> protocols, LocalDate today, LabIntervals intervals) {
        List<StoredResult> known = results.stream().filter(result -> !result.collectedOn().isAfter(today))
                .sorted(Comparator.comparing(StoredResult::collectedOn).thenComparingLong(StoredResult::id))
                .toList();
        LocalDate lastLab = known.isEmpty() ? null : known.getLast().collectedOn();
        LocalDate lastWeek = weeks.stream().map(LifestyleEntry::getWeekOf).filter(week -> !week.isAfter(today))
                .max(Comparator.naturalOrder()).orElse(null);
        ActiveProtocol active = active(protocols, today);
        LocalDate nextDue = lastLab == null ? null
                : lastLab.plus(active != null ? intervals.onProtocol() : intervals.otherwise());
        boolean onTreatment = clock != null && clock.isOnTreatment();
        LocalDate end = clock == null || onTreatment ? null : clock.endOfTreatment().orElse(null);
        var latestEstradiol = lastOf(known, MarkerKey.ESTRADIOL, MarkerKey.ESTRADIOL_METHOD_UNKNOWN);
        return new SummaryFigures(end, onTreatment,
                latest(known, MarkerKey.TOTAL_TESTOSTERONE), latest(known, LH), latest(known, FSH),
                exactValue(lastOf(known, HEMATOCRIT)),
                latestEstradiol != null && latestEstradiol.flag() == Flag.ABOVE_RANGE,
                ratio(known), lastLab, lastWeek, active, nextDue);
    }

    private static @Nullable StoredResult lastOf(List<StoredResult> known, MarkerKey... keys) {
        var wanted = List.of(keys);
        for (int i = known.size() - 1; i >= 0; i--) {
            if (wanted.contains(known.get(i).marker().key())) {
                return known.get(i);
            }
        }
        return null;
    }

    private static @Nullable Latest latest(List<StoredResult> known, MarkerKey key) {
        var series = known.stream().filter(result -> result.marker().key().equals(key)).toList();
        if (series.isEmpty()) {
            return null;
        }
        var last = series.getLast();
        var value = last.canonical().rounded(last.marker().decimals());
        Direction direction = null;
        if (series.size() > 1) {
            var before = series.get(series.size() - 2).canonical().rounded(last.marker().decimals());
            int compared = value.quantity().value().compareTo(before.quantity().value());
            direction = compared > 0 ? Direction.UP : compared < 0 ? Direction.DOWN : Direction.SAME;
        }
        return new Latest(last.canonical().quantity().value(), value.toString(), last.collectedOn(), direction);
    }

    private static @Nullable BigDecimal exactValue(@Nullable StoredResult result) {
        return result == null || result.canonical().isCensored() ? null : result.canonical().quantity().value();
    }

    /**
     * Total testosterone (ng/dL) over estradiol (pg/mL) of the latest day that has both, both exact: a limit of
     * the assay ("&lt; 5") gives only a bound, which cannot say on which side of a cut-off the ratio lies.
     */
    private static @Nullable BigDecimal ratio(List<StoredResult> known) {
        var days = new TreeSet<LocalDate>(Comparator.reverseOrder());
        known.forEach(result -> days.add(result.collectedOn()));
        for (LocalDate day : days) {
            var sameDay = known.stream().filter(result -> result.collectedOn().equals(day)).toList();
            var tt = lastOf(sameDay, MarkerKey.TOTAL_TESTOSTERONE);
            var e2 = lastOf(sameDay, MarkerKey.ESTRADIOL, MarkerKey.ESTRADIOL_METHOD_UNKNOWN);
            if (tt != null && e2 != null) {
                BigDecimal t = exactValue(tt);
                BigDecimal e = exactValue(e2);
                return t == null || e == null || e.signum() == 0 ? null : t.divide(e, RATIO);
            }
        }
        return null;
    }

    private static @Nullable ActiveProtocol active(List<RestartProtocol> protocols, LocalDate today) {
        var active = protocols.stream().filter(protocol -> protocol.getStatus() == ProtocolStatus.ACTIVE)
                .filter(protocol -> protocol.getStartedOn() != null)
                .max(Comparator.comparing((RestartProtocol protocol) -> Objects.requireNonNull(protocol.getStartedOn())))
                .orElse(null);
        if (active == null) {
            return null;
        }
        String phase = ProtocolTimeline.of(List.of(active), today).phases().stream()
                .filter(ProtocolTimeline.Phase::ongoing).map(ProtocolTimeline.Phase::label).distinct()
                .collect(Collectors.joining(" + "));
        String drugs = active.getMedications().stream()
                .filter(medication -> !medication.getStartOn().isAfter(today))
                .filter(medication -> medication.getEndOn() == null || !medication.getEndOn().isBefore(today))
                .map(medication -> medication.getDosing().getDrug()).filter(drug -> drug != Drug.OTHER)
                .map(Drug::name).distinct().sorted().collect(Collectors.joining(","));
        return new ActiveProtocol(active.getName(), phase.isEmpty() ? "No drug today" : phase,
                Objects.requireNonNull(active.getStartedOn()), drugs.isEmpty() ? "" : "," + drugs + ",");
    }
}
