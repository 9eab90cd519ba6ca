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
import com.hpgdesk.assessment.engine.TreatmentState;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredResult;
import com.hpgdesk.lifestyle.LifestyleEntry;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.protocol.RestartProtocolService;
import java.time.Clock;
import com.hpgdesk.lab.ReportedValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    AssessmentService(PatientService patients, LabService labs, LifestyleService lifestyle,
                      RestartProtocolService protocols, AssessmentSummaryRepository summaries, AuditTrail audit,
                      Clock clock) {
        this.patients = patients;
        this.labs = labs;
        this.lifestyle = lifestyle;
        this.protocols = protocols;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rules file in force, for the rules page. */
    public AssessmentRules rules() {
        return tables.rules();
    }

    /**
     * Both tables for the patient as of {@code on}. Audited as a viewing of his data.
     *
     * @throws IllegalArgumentException when there is no such patient
     */
    public Assessment assess(long patientId, LocalDate on) {
        requirePatient(patientId);
        audit.record(AuditAction.READ, patientId, "marker tables", "Viewed the marker tables as of " + on);
        return assessQuietly(patientId, on);
    }

    /** The patient's summary, if one has been made. Not audited: it holds no clinical values. */
    public Optional<AssessmentSummary> summary(long patientId) {
        return summaries.findById(patientId);
    }

    /**
     * The patient's summary, made now if he has none yet. For the status badge of the patient page; not
     * audited, it holds no clinical values. One made here is not stored: storing is the background refresh's
     * work, and a just-registered patient's page opening while it stored the first summary failed on the
     * duplicate key (found by PatientFormTextBoundaryTest).
     */
    @Transactional(readOnly = true)
    public AssessmentSummary currentSummary(long patientId) {
        return summaries.findById(patientId)
                .orElseGet(() -> new AssessmentSummary(patientId, assessQuietly(patientId, today()), clock.instant()));
    }

    /**
     * Re-assesses the patient as of today and stores his summary. Runs in a transaction of its own, since it
     * is called after the transaction that changed his data has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AssessmentSummary refreshSummary(long patientId) {
        return refresh(patientId);
    }

    private AssessmentSummary refresh(long patientId) {
        Assessment assessment = assessQuietly(patientId, today());
        var now = clock.instant();
        AssessmentSummary summary = summaries.findById(patientId)
                .orElseGet(() -> new AssessmentSummary(patientId, assessment, now));
        summary.update(assessment, now);
        return summaries.save(summary);
    }

    /** Re-assesses every patient of the practice (after a new rules version, say); returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NEVER)
    public int refreshAllSummaries() {
        int page = 0;
        int done = 0;
        while (true) {
            var ids = patients.search(com.hpgdesk.patient.PatientQuery.ALL, PageRequest.of(page++, 500))
                    .stream().map(patient -> patient.getId()).toList();
            if (ids.isEmpty()) {
                return done;
            }
            for (Long id : ids) {
                refresh(id);
                done++;
            }
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
        RecoveryClock recoveryClock = patients.recoveryClocks(List.of(patientId)).get(patientId);
        TreatmentState treatment = recoveryClock == null ? TreatmentState.unknown()
                : recoveryClock.isOnTreatment() ? TreatmentState.stillOnTreatment()
                : TreatmentState.endedOn(recoveryClock.endOfTreatment().orElseThrow());
        List<LabObservation> observations = new ArrayList<>();
        for (StoredResult result : labs.resultsForAssessment(patientId)) {
            AssessmentInput.byKey(result.marker().key().value())
                    .filter(input -> input.source() == AssessmentInput.Source.LAB)
                    .ifPresent(input -> observations.add(new LabObservation(input, result.collectedOn(),
                            interval(result.canonical()), result.reported().numberText(),
                            result.reported().unit().symbol(), true)));
        }
        List<LifestyleObservation> weeks = new ArrayList<>();
        for (LifestyleEntry entry : lifestyle.entriesForAssessment(patientId)) {
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
        List<ProtocolPhase> phases = protocols.timelineForAssessment(patientId, on).phases().stream()
                .map(phase -> new ProtocolPhase(phase.label(), phase.from(), phase.to())).toList();
        return new PatientInputs(treatment, observations, weeks, phases);
    }
}
