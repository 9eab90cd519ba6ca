package com.hpgdesk.protocol;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.LogText;
import com.hpgdesk.base.SeesRecords;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import com.hpgdesk.history.RecordHistory;
import com.hpgdesk.history.RecordKind;
import com.hpgdesk.history.RecordVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API of restart protocols: planning, the medications, the start-to-end workflow, the timeline for
 * charts, and the templates that practice leads keep. Every change is one transaction: a refused change
 * leaves nothing behind. Changes name the version the user saw, and a stale copy is refused.
 */
@Service
@Transactional(readOnly = true)
public class RestartProtocolService {

    private static final Logger log = LoggerFactory.getLogger(RestartProtocolService.class);

    private final RestartProtocolRepository protocols;
    private final ProtocolTemplateRepository templates;
    private final DrugDoseLimitRepository doseLimitRows;
    private final Clock clock;
    private final AuditTrail audit;
    private final RecordHistory history;

    RestartProtocolService(RestartProtocolRepository protocols, ProtocolTemplateRepository templates,
            DrugDoseLimitRepository doseLimitRows, Clock clock, AuditTrail audit, RecordHistory history) {
        this.history = history;
        this.protocols = protocols;
        this.templates = templates;
        this.doseLimitRows = doseLimitRows;
        this.clock = clock;
        this.audit = audit;
    }

    /** The practice's today, so that forms default to the same day the service would use. */
    @SeesRecords
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @SeesRecords
    public List<RestartProtocol> protocolsOf(long patientId) {
        audit.record(AuditAction.READ, patientId, "restart protocols", "Viewed the restart protocols");
        return protocols.findByPatientIdOrderByPlannedStartDescIdDesc(patientId);
    }

    @SeesRecords
    public RestartProtocol protocol(long protocolId) {
        var protocol = protocols.findWithMedicationsById(protocolId).orElseThrow(RestartProtocolService::protocolGone);
        audit.record(AuditAction.READ, protocol.getPatientId(), "restart protocol " + protocolId, "Viewed the protocol");
        return protocol;
    }

    @SeesRecords
    public ProtocolTimeline timeline(long patientId, LocalDate today) {
        audit.record(AuditAction.READ, patientId, "restart protocols", "Viewed the protocol timeline");
        return ProtocolTimeline.of(protocols.findByPatientIdOrderByPlannedStartDescIdDesc(patientId), today);
    }

    /**
     * The treatment phases for another feature that reads them as inputs and records its own audited read
     * (the marker tables). Not audited here: the caller's action is what the clinician did.
     */
    @SeesRecords
    public ProtocolTimeline timelineForAssessment(long patientId, LocalDate today) {
        return ProtocolTimeline.of(protocols.findByPatientIdOrderByPlannedStartDescIdDesc(patientId), today);
    }

    /**
     * Many patients' protocols with their medications in one query, for refreshing per-patient summaries a
     * batch at a time. Not audited here: the caller reads them as inputs, like the timeline above.
     */
    @SeesRecords
    public Map<Long, List<RestartProtocol>> protocolsForSummaries(java.util.Collection<Long> patientIds) {
        var byPatient = new java.util.HashMap<Long, List<RestartProtocol>>();
        protocols.findByPatientIdIn(patientIds).forEach(protocol ->
                byPatient.computeIfAbsent(protocol.getPatientId(), id -> new java.util.ArrayList<>()).add(protocol));
        return byPatient;
    }

    @SeesRecords
    public DoseLimits doseLimits() {
        Map<Drug, DoseLimits.Limit> limits = new EnumMap<>(Drug.class);
        doseLimitRows.findAll().forEach(row -> limits.put(row.drug(), row.limit()));
        return DoseLimits.of(limits);
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol plan(long patientId, ProtocolDetails details, List<MedicationPlan> medications) {
        var protocol = RestartProtocol.plan(patientId, details, medications, null, doseLimits(), clock.instant());
        return saveNew(protocol);
    }

    /** Plans a protocol named and dosed as the template, its medications dated from {@code plannedStart}. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol planFromTemplate(long patientId, long templateId, @Nullable LocalDate plannedStart) {
        var template = templates.findWithMedicationsById(templateId).orElseThrow(() -> InvalidInputException.of(
                "template", "This template no longer exists. Choose another one."));
        if (plannedStart == null) {
            throw InvalidInputException.of("plannedStart", "Enter the planned start date.");
        }
        var details = new ProtocolDetails(template.getName(), template.getKind(), plannedStart, null);
        var protocol = RestartProtocol.plan(patientId, details, template.medicationsFrom(plannedStart),
                template.getName(), doseLimits(), clock.instant());
        return saveNew(protocol);
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol updateDetails(long protocolId, long expectedVersion, ProtocolDetails details) {
        return change(protocolId, expectedVersion, "Changed the protocol details",
                protocol -> protocol.updateDetails(details, clock.instant()));
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol addMedication(long protocolId, long expectedVersion, MedicationPlan medication) {
        var limits = doseLimits();
        return change(protocolId, expectedVersion, "Added a medication",
                protocol -> protocol.addMedication(medication, limits, clock.instant()));
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol updateMedication(long protocolId, long expectedVersion, long medicationId,
            MedicationPlan medication) {
        var limits = doseLimits();
        return change(protocolId, expectedVersion, "Changed a medication",
                protocol -> protocol.updateMedication(medicationId, medication, limits, clock.instant()));
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol removeMedication(long protocolId, long expectedVersion, long medicationId) {
        return change(protocolId, expectedVersion, "Removed a medication",
                protocol -> protocol.removeMedication(medicationId, clock.instant()));
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol start(long protocolId, long expectedVersion, @Nullable LocalDate startedOn) {
        return change(protocolId, expectedVersion, "Started the protocol",
                protocol -> protocol.start(startedOn, clock.instant()));
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol complete(long protocolId, long expectedVersion, @Nullable LocalDate endedOn) {
        return change(protocolId, expectedVersion, "Completed the protocol",
                protocol -> protocol.complete(endedOn, clock.instant()));
    }

    /** Stops a running protocol early, or cancels a planned one; either way with a reason. */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol stop(long protocolId, long expectedVersion, @Nullable LocalDate endedOn,
            @Nullable String reason) {
        return change(protocolId, expectedVersion, "Stopped the protocol",
                protocol -> protocol.stop(endedOn, reason, clock.instant()));
    }

    /**
     * Enters a protocol in the state it has reached, in one step and through the same checks as the workflow.
     * For history and demo data (run under {@code SystemActor}).
     */
    @PreAuthorize("hasRole('CLINICIAN')")
    @Transactional
    public RestartProtocol recordProtocol(long patientId, ProtocolRecord record) {
        var now = clock.instant();
        var protocol = RestartProtocol.plan(patientId, record.details(), record.medications(), null, doseLimits(),
                now);
        switch (record.status()) {
            case PLANNED -> { }
            case ACTIVE -> protocol.start(record.startedOn(), now);
            case COMPLETED -> {
                protocol.start(record.startedOn(), now);
                protocol.complete(record.endedOn(), now);
            }
            case STOPPED -> {
                if (record.startedOn() != null) {
                    protocol.start(record.startedOn(), now);
                }
                protocol.stop(record.endedOn(), record.stopReason(), now);
            }
        }
        return saveNew(protocol);
    }

    @PreAuthorize("hasRole('CLINICIAN')")
    public List<ProtocolTemplate> templates() {
        return templates.findAllByOrderBySortOrderAscNameAsc();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProtocolTemplate createTemplate(TemplateDetails details) {
        if (details.name() != null && templates.existsByNameIgnoreCase(details.name().strip())) {
            throw nameTaken(details.name());
        }
        var template = new ProtocolTemplate(details, templates.highestSortOrder() + 10, clock.instant());
        log.info("Protocol template '{}' created", LogText.of(template.getName()));
        var saved = templates.saveAndFlush(template);
        audit.record(AuditAction.CREATE, null, "protocol template " + saved.getId(),
                "Created the template '" + shortName(saved.getName()) + "'");
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProtocolTemplate updateTemplate(long templateId, long expectedVersion, TemplateDetails details) {
        if (details.name() != null && templates.existsByNameIgnoreCaseAndIdNot(details.name().strip(), templateId)) {
            throw nameTaken(details.name());
        }
        return changeTemplate(templateId, expectedVersion, "Changed the template's details",
                template -> template.updateDetails(details, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProtocolTemplate addTemplateMedication(long templateId, long expectedVersion,
            TemplateMedicationPlan medication) {
        var limits = doseLimits();
        return changeTemplate(templateId, expectedVersion, "Added a medication",
                template -> template.addMedication(medication, limits, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProtocolTemplate updateTemplateMedication(long templateId, long expectedVersion, long medicationId,
            TemplateMedicationPlan medication) {
        var limits = doseLimits();
        return changeTemplate(templateId, expectedVersion, "Changed medication " + medicationId,
                template -> template.updateMedication(medicationId, medication, limits, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ProtocolTemplate removeTemplateMedication(long templateId, long expectedVersion, long medicationId) {
        return changeTemplate(templateId, expectedVersion, "Removed medication " + medicationId,
                template -> template.removeMedication(medicationId, clock.instant()));
    }

    private static InvalidInputException nameTaken(String name) {
        return InvalidInputException.of("name", "A template named '" + name.strip() + "' already exists.");
    }

    private RestartProtocol saveNew(RestartProtocol protocol) {
        try {
            var saved = protocols.saveAndFlush(protocol);
            log.info("Restart protocol {} planned for patient {}", saved.getId(), saved.getPatientId());
            audit.record(AuditAction.CREATE, saved.getPatientId(), "restart protocol " + saved.getId(),
                    "Planned a restart protocol (" + saved.getStatus() + ")");
            return saved;
        } catch (DataIntegrityViolationException e) {
            // The only reference a new protocol makes is to its patient.
            throw InvalidInputException.of("patient", "This patient's record no longer exists.");
        }
    }

    private RestartProtocol change(long protocolId, long expectedVersion, String what,
            Consumer<RestartProtocol> change) {
        var protocol = protocols.findWithMedicationsById(protocolId).orElseThrow(RestartProtocolService::protocolGone);
        if (protocol.getVersion() != expectedVersion) {
            throw stale(protocol);
        }
        history.keep(RecordKind.RESTART_PROTOCOL, protocolId, protocol.getPatientId(), RecordVersion.Change.UPDATE,
                earlierVersion(protocol));
        change.accept(protocol);
        RestartProtocol saved;
        try {
            saved = protocols.saveAndFlush(protocol);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(protocol);
        }
        audit.record(AuditAction.UPDATE, saved.getPatientId(), "restart protocol " + protocolId, what);
        return saved;
    }

    private static String earlierVersion(RestartProtocol protocol) {
        var lines = new java.util.ArrayList<String>(List.of("Name: " + protocol.getName(),
                "Kind: " + protocol.getKind(), "Status: " + protocol.getStatus(),
                "Planned start: " + protocol.getPlannedStart(), "Started on: " + orNone(protocol.getStartedOn()),
                "Ended on: " + orNone(protocol.getEndedOn()), "Stop reason: " + orNone(protocol.getStopReason()),
                "Notes: " + orNone(protocol.getNotes()), "Template: " + orNone(protocol.getTemplateName())));
        for (Medication medication : protocol.getMedications()) {
            lines.add("Medication: " + medication.getDosing().describe() + ", from " + medication.getStartOn()
                    + (medication.getEndOn() == null ? "" : " to " + medication.getEndOn()));
        }
        return String.join("\n", lines);
    }

    private static String orNone(@Nullable Object value) {
        return value == null ? "(none)" : value.toString();
    }

    private static ConcurrentEditException stale(RestartProtocol protocol) {
        return new ConcurrentEditException("The protocol '" + protocol.getName() + "'");
    }

    /** Templates hold no patient data, but what every new protocol starts from: each edit is recorded. */
    private ProtocolTemplate changeTemplate(long templateId, long expectedVersion, String what,
            Consumer<ProtocolTemplate> change) {
        var template = templates.findWithMedicationsById(templateId).orElseThrow(() -> InvalidInputException.of(
                "template", "This template no longer exists."));
        var name = template.getName();
        if (template.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The template '" + name + "'");
        }
        change.accept(template);
        ProtocolTemplate saved;
        try {
            saved = templates.saveAndFlush(template);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The template '" + name + "'");
        }
        audit.record(AuditAction.UPDATE, null, "protocol template " + templateId,
                what + " of the template '" + shortName(saved.getName()) + "'");
        return saved;
    }

    private static String shortName(String name) {
        return name.length() > 120 ? name.substring(0, 120) + "…" : name;
    }

    private static InvalidInputException protocolGone() {
        return InvalidInputException.of("protocol", "This protocol no longer exists. Reload the patient's protocols.");
    }
}
