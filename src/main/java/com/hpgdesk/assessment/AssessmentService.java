package com.hpgdesk.assessment;

import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.AssessmentInput;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.Interval;
import com.hpgdesk.assessment.engine.LabObservation;
import com.hpgdesk.assessment.engine.LifestyleObservation;
import com.hpgdesk.assessment.engine.MarkerTables;
import com.hpgdesk.assessment.engine.PatientInputs;
import com.hpgdesk.assessment.engine.ProtocolPhase;
import com.hpgdesk.assessment.engine.RulesLibrary;
import com.hpgdesk.assessment.engine.TreatmentState;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.SeesRecords;
import com.hpgdesk.lab.CalculatedFreeTestosterone;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredResult;
import com.hpgdesk.lifestyle.LifestyleEntry;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.ProtocolTimeline;
import com.hpgdesk.protocol.RestartProtocolService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The marker tables of one patient as of a date, and the per-patient summary kept for practice-wide lists.
 * Gathers the inputs through the other features' public services and runs the plain-Java engine with the
 * rules file in force. The previous assessment a change is read against is the one as of the lab date
 * before the latest lab on or before the date.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CLINICIAN')")
public class AssessmentService {

    private final PatientService patients;
    private final LabService labs;
    private final LifestyleService lifestyle;
    private final RestartProtocolService protocols;
    private final AssessmentSummaryRepository summaries;
    private final AuditTrail audit;
    private final Clock clock;
    private final MarkerTables tables = new MarkerTables(AssessmentRules.standard());
    private final SummaryFigures.LabIntervals labIntervals;
    private final TransactionTemplate batches;
    private final SummaryDrugs summaryDrugs;
    private final RecentAssessments recent;

    AssessmentService(PatientService patients, LabService labs, LifestyleService lifestyle,
                      RestartProtocolService protocols, AssessmentSummaryRepository summaries, AuditTrail audit,
                      Clock clock, PlatformTransactionManager transactions, SummaryDrugs summaryDrugs,
                      RecentAssessments recent,
                      @Value("${hpg.review.labs-every-on-protocol:P6W}") Period labsOnProtocol,
                      @Value("${hpg.review.labs-every-otherwise:P12W}") Period labsOtherwise) {
        this.labIntervals = new SummaryFigures.LabIntervals(labsOnProtocol, labsOtherwise);
        this.batches = new TransactionTemplate(transactions);
        this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.summaryDrugs = summaryDrugs;
        this.patients = patients;
        this.labs = labs;
        this.lifestyle = lifestyle;
        this.protocols = protocols;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
        this.recent = recent;
    }

    @SeesRecords
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rules file in force, for the rules page. */
    @SeesRecords
    public AssessmentRules rules() {
        return tables.rules();
    }

    /**
     * The rules of an earlier (or the current) version, as a summary or handout names it, so what it was made
     * with can be shown after the rules in force have changed; empty for a version never shipped.
     */
    @SeesRecords
    public Optional<AssessmentRules> rules(String version) {
        return RulesLibrary.standard().version(version);
    }

    /** Every rules version the desk has shipped, oldest first; the last is in force. */
    @SeesRecords
    public List<String> rulesVersions() {
        return RulesLibrary.standard().versions();
    }

    /**
     * Both tables for the patient as of {@code on}. Audited as a viewing of his data, every time. Called on
     * its own (the patient page), it answers from the tables worked out since his data last changed; called
     * inside a caller's transaction, which may hold changes not yet committed, it always works them out.
     *
     * @throws IllegalArgumentException when there is no such patient
     */
    @SeesRecords
    public Assessment assess(long patientId, LocalDate on) {
        requirePatient(patientId);
        audit.record(AuditAction.READ, patientId, "marker tables", "Viewed the marker tables as of " + on);
        if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
            return recent.get(patientId, on, today(), () -> assessQuietly(patientId, on));
        }
        return assessQuietly(patientId, on);
    }

    /** The patient's summary, if one has been made. Not audited: callers show only its recovery status. */
    @SeesRecords
    public Optional<AssessmentSummary> summary(long patientId) {
        return summaries.findById(patientId);
    }

    /**
     * The patient's summary, made now if he has none yet. For the status badge of the patient page; not
     * audited, the badge shows only the recovery status. One made here is not stored: storing is the background refresh's
     * work, and a just-registered patient's page opening while it stored the first summary failed on the
     * duplicate key (found by PatientFormTextBoundaryTest).
     */
    @Transactional(readOnly = true)
    @SeesRecords
    public AssessmentSummary currentSummary(long patientId) {
        return summaries.findById(patientId)
                .orElseGet(() -> summarise(List.of(patientId)).getFirst());
    }

    /**
     * Re-assesses the patient as of today and stores his summary. Runs in a transaction of its own, since it
     * is called after the transaction that changed his data has committed.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AssessmentSummary refreshSummary(long patientId) {
        return storeSummaries(List.of(patientId)).getFirst();
    }

    /**
     * Re-assesses the patients as of today and stores their summaries, reading their data with one query per
     * kind (courses, labs, lifestyle, protocols) for the whole batch rather than per patient. Runs in a
     * transaction of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<AssessmentSummary> refreshSummaries(List<Long> patientIds) {
        return storeSummaries(patientIds);
    }

    /**
     * Stores the summaries in a transaction of their own. Two writers may both find a patient without a
     * summary and both insert one (the background refresh after a change and an explicit refresh, say); the
     * one that commits second fails on the primary key. It then tries once more, and finds the summary the
     * other stored to update.
     */
    private List<AssessmentSummary> storeSummaries(List<Long> patientIds) {
        try {
            return batches.execute(status -> refreshBatch(patientIds));
        } catch (DataIntegrityViolationException concurrentFirstSummary) {
            return batches.execute(status -> refreshBatch(patientIds));
        }
    }

    private List<AssessmentSummary> refreshBatch(List<Long> patientIds) {
        var stored = summaries.saveAllAndFlush(summarise(patientIds));
        summaryDrugs.replace(stored);
        return stored;
    }

    /** The patients' summaries as of today, worked out but not stored: the stored ones updated, new ones built. */
    private List<AssessmentSummary> summarise(List<Long> patientIds) {
        LocalDate today = today();
        // To the microsecond the databases keep, so the summary returned is the one stored, not a rounding off it.
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var clocks = patients.recoveryClocks(patientIds);
        var results = labs.resultsForAssessment(patientIds);
        var weeks = lifestyle.entriesForAssessment(patientIds);
        var protocolsOf = protocols.protocolsForSummaries(patientIds);
        var listings = patients.listings(patientIds);
        Map<Long, AssessmentSummary> existing = new HashMap<>();
        summaries.findAllById(patientIds).forEach(summary -> existing.put(summary.patientId(), summary));
        List<AssessmentSummary> refreshed = new ArrayList<>(patientIds.size());
        for (Long id : patientIds) {
            var clockOf = clocks.get(id);
            var patientResults = results.getOrDefault(id, List.of());
            var patientWeeks = weeks.getOrDefault(id, List.of());
            var patientProtocols = protocolsOf.getOrDefault(id, List.of());
            PatientInputs inputs = inputs(clockOf, patientResults, patientWeeks,
                    ProtocolTimeline.of(patientProtocols, today));
            Assessment assessment = tables.assess(inputs, today, previousLabDate(inputs, today));
            var figures = SummaryFigures.of(clockOf, patientResults, patientWeeks, patientProtocols, today,
                    labIntervals);
            var summary = existing.get(id);
            if (summary == null) {
                summary = new AssessmentSummary(id, assessment, figures, listings.get(id), now);
            } else {
                summary.update(assessment, figures, listings.get(id), now);
            }
            refreshed.add(summary);
        }
        return refreshed;
    }

    /** How many summaries one transaction refreshes: one query per kind of data for all of them. */
    static final int SUMMARY_BATCH = 500;

    /** Re-assesses every patient of the practice (after a new rules version, say); returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NEVER)
    public int refreshAllSummaries() {
        long after = 0;
        int done = 0;
        while (true) {
            var ids = patients.idsAfter(after, SUMMARY_BATCH);
            if (ids.isEmpty()) {
                return done;
            }
            storeSummaries(ids);
            done += ids.size();
            after = ids.getLast();
        }
    }

    /**
     * Re-assesses only the patients whose summary is missing, older than today or from another rules version;
     * returns how many. Run each night and at start, so that a patient with no new data still reads the status
     * his months since the end of treatment give him today.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NEVER)
    public int refreshOutdatedSummaries() {
        LocalDate today = today();
        String version = tables.rules().version();
        long after = 0;
        int done = 0;
        while (true) {
            var ids = summaries.findOutdatedAfter(after, today, version, SUMMARY_BATCH);
            if (ids.isEmpty()) {
                return done;
            }
            storeSummaries(ids);
            done += ids.size();
            after = ids.getLast();
        }
    }

    private void requirePatient(long patientId) {
        if (patients.identity(patientId).isEmpty()) {
            throw new IllegalArgumentException("No patient " + patientId);
        }
    }

    private Assessment assessQuietly(long patientId, LocalDate on) {
        PatientInputs inputs = inputs(patientId, on);
        return tables.assess(inputs, on, previousLabDate(inputs, on));
    }

    private static @Nullable LocalDate previousLabDate(PatientInputs inputs, LocalDate on) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        inputs.labs().stream().map(LabObservation::date).filter(date -> !date.isAfter(on)).forEach(dates::add);
        return dates.size() < 2 ? null : dates.lower(dates.last());
    }

    /**
     * Catalogue markers that are only the generic form of an input: a glucose or insulin not marked fasting, a
     * cortisol of unstated time, a free testosterone or estradiol of unstated method. They reach the engine
     * marked generic, so a row can say the test on record does not count and which one would, and they never
     * stand in for the specific marker (nor enter HOMA-IR or the T/E2 ratio).
     */
    static final Map<String, AssessmentInput> GENERIC_FORMS = Map.of(
            "GLUCOSE", AssessmentInput.FASTING_GLUCOSE,
            "INSULIN", AssessmentInput.FASTING_INSULIN,
            "CORTISOL", AssessmentInput.CORTISOL_AM,
            "FREE_TESTOSTERONE_METHOD_UNKNOWN", AssessmentInput.FREE_TESTOSTERONE,
            "ESTRADIOL_METHOD_UNKNOWN", AssessmentInput.ESTRADIOL);

    private static final CalculatedFreeTestosterone FREE_TESTOSTERONE =
            new CalculatedFreeTestosterone(MarkerCatalogue.standard());

    /**
     * Free testosterone worked out (Vermeulen) for every collection day with a total testosterone and an SHBG,
     * with that day's albumin or else the default, as the labs page shows it; the later entry of a day counts.
     * A censored input gives a bound; a day the calculation refuses (a censored albumin, a bound that leaves
     * no limit) gives nothing, and the Leydig row then asks for the missing value.
     */
    static List<LabObservation> calculatedFreeTestosterone(List<StoredResult> results) {
        Map<LocalDate, Map<MarkerKey, StoredResult>> byDay = new TreeMap<>();
        for (StoredResult result : results) {
            byDay.computeIfAbsent(result.collectedOn(), day -> new HashMap<>()).put(result.marker().key(), result);
        }
        List<LabObservation> calculated = new ArrayList<>();
        byDay.forEach((day, sameDay) -> {
            StoredResult total = sameDay.get(MarkerKey.TOTAL_TESTOSTERONE);
            StoredResult shbg = sameDay.get(MarkerKey.SHBG);
            if (total == null || shbg == null) {
                return;
            }
            StoredResult albumin = sameDay.get(MarkerKey.ALBUMIN);
            try {
                var free = FREE_TESTOSTERONE.calculate(total.reported(), shbg.reported(),
                        albumin == null ? null : albumin.reported());
                var value = new ReportedValue(free.censoring(), free.freePgPerMl());
                String how = value.unit().symbol() + " (Vermeulen, from total testosterone " + total.reported()
                        + " and SHBG " + shbg.reported() + (albumin == null
                        ? "; albumin not measured, " + CalculatedFreeTestosterone.DEFAULT_ALBUMIN + " assumed)"
                        : " and albumin " + albumin.reported() + ")");
                calculated.add(new LabObservation(AssessmentInput.CALCULATED_FREE_TESTOSTERONE, day, interval(value),
                        value.rounded(1).numberText(), how, true));
            } catch (InvalidInputException cannotBeCalculated) {
                // Nothing to judge that day: the row lists the missing calculated free testosterone as a gap.
            }
        });
        return calculated;
    }

    /** A lab value as what it says about the true value: "&lt; 0.2" is [0, 0.2), never 0.2 itself. */
    static Interval interval(ReportedValue value) {
        var limit = value.quantity().value();
        if (value.censoring().isUpperBound()) {
            return new Interval(BigDecimal.ZERO, true, limit, !value.censoring().excludesLimit());
        }
        if (value.censoring().isLowerBound()) {
            return new Interval(limit, !value.censoring().excludesLimit(), null, false);
        }
        return Interval.exactly(limit);
    }

    private PatientInputs inputs(long patientId, LocalDate on) {
        return inputs(patients.recoveryClocks(List.of(patientId)).get(patientId),
                labs.resultsForAssessment(patientId), lifestyle.entriesForAssessment(patientId),
                protocols.timelineForAssessment(patientId, on));
    }

    private static PatientInputs inputs(@Nullable RecoveryClock recoveryClock, List<StoredResult> results,
                                        List<LifestyleEntry> entries, ProtocolTimeline timeline) {
        TreatmentState treatment = recoveryClock == null ? TreatmentState.unknown()
                : recoveryClock.isOnTreatment() ? TreatmentState.stillOnTreatment()
                : TreatmentState.endedOn(recoveryClock.endOfTreatment().orElseThrow());
        List<LabObservation> observations = new ArrayList<>();
        for (StoredResult result : results) {
            String key = result.marker().key().value();
            AssessmentInput generic = GENERIC_FORMS.get(key);
            AssessmentInput.byKey(key).filter(input -> input.source() == AssessmentInput.Source.LAB)
                    .or(() -> Optional.ofNullable(generic))
                    .ifPresent(input -> observations.add(new LabObservation(input, result.collectedOn(),
                            interval(result.canonical()), result.reported().numberText(),
                            result.reported().unit().symbol(), generic == null)));
        }
        observations.addAll(calculatedFreeTestosterone(results));
        List<LifestyleObservation> weeks = new ArrayList<>();
        for (LifestyleEntry entry : entries) {
            for (LifestyleMeasure measure : LifestyleMeasure.values()) {
                var input = AssessmentInput.byKey(measure.name());
                if (input.isEmpty()) {
                    continue;
                }
                if (measure.kind() == LifestyleMeasure.Kind.YES_NO) {
                    entry.answer(measure).ifPresent(answer ->
                            weeks.add(LifestyleObservation.answer(input.get(), entry.getWeekOf(), answer)));
                } else {
                    var number = measure == LifestyleMeasure.BMI ? entry.bmi() : entry.number(measure);
                    number.ifPresent(value ->
                            weeks.add(new LifestyleObservation(input.get(), entry.getWeekOf(), value, null)));
                }
            }
        }
        List<ProtocolPhase> phases = timeline.phases().stream()
                .map(phase -> new ProtocolPhase(phase.label(), phase.from(), phase.to())).toList();
        return new PatientInputs(treatment, observations, weeks, phases);
    }
}
