package com.hpgdesk.protocol;

import com.hpgdesk.base.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician prescribed to restart one patient's own hormone production, or a natural recovery without
 * medication. The protocol and its medications change together and are versioned together.
 */
@Entity
@Table(name = "restart_protocol")
public class RestartProtocol {

    static final int MAX_NAME = 120;
    static final int MAX_NOTES = 2000;
    static final int MAX_REASON = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The patient lives in another feature; only the id is shared, the database keeps it honest. */
    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProtocolKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProtocolStatus status = ProtocolStatus.PLANNED;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "started_on")
    private @Nullable LocalDate startedOn;

    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;

    @Column(name = "stop_reason", length = MAX_REASON)
    private @Nullable String stopReason;

    @Column(length = MAX_NOTES)
    private @Nullable String notes;

    @Column(name = "template_name", length = 120)
    private @Nullable String templateName;

    @OneToMany(mappedBy = "protocol", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startOn, id")
    private List<Medication> medications = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RestartProtocol() {
        // for JPA
        this.name = "";
        this.kind = ProtocolKind.NATURAL;
        this.plannedStart = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    private RestartProtocol(long patientId, ProtocolDetails details, @Nullable String templateName, Instant now) {
        this.patientId = patientId;
        this.name = Objects.requireNonNull(details.name()).strip();
        this.kind = Objects.requireNonNull(details.kind());
        this.plannedStart = Objects.requireNonNull(details.plannedStart());
        this.notes = Dosing.trimmed(details.notes());
        this.templateName = templateName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A planned protocol with its medications, or a refusal naming every problem: each medication's problems
     * are keyed {@code medications[i].field} and their messages say which medication they concern.
     */
    static RestartProtocol plan(long patientId, ProtocolDetails details, List<MedicationPlan> medications,
            @Nullable String templateName, DoseLimits limits, Instant now) {
        var problems = new InvalidInputException.Collector();
        checkDetails(details, problems);
        if (details.kind() == ProtocolKind.NATURAL && !medications.isEmpty()) {
            problems.reject("medications", "A natural recovery has no medications: remove them or choose "
                    + "a protocol with medication.");
        }
        for (int i = 0; i < medications.size(); i++) {
            var plan = medications.get(i);
            try {
                checkMedication(plan, limits);
            } catch (InvalidInputException refusal) {
                String which = "Medication " + (i + 1) + (plan.drug() == null ? "" : " (" + plan.drug().label() + ")");
                for (var problem : refusal.fieldErrors().entrySet()) {
                    problems.reject("medications[" + i + "]." + problem.getKey(), which + ": " + problem.getValue());
                }
            }
        }
        problems.throwIfAny();
        var protocol = new RestartProtocol(patientId, details, templateName, now);
        medications.forEach(plan -> protocol.medications.add(protocol.medicationFrom(plan)));
        return protocol;
    }

    private static void checkDetails(ProtocolDetails details, InvalidInputException.Collector problems) {
        if (DoseLimits.isBlank(details.name())) {
            problems.reject("name", "Give the protocol a name.");
        } else if (details.name().strip().length() > MAX_NAME) {
            problems.reject("name", "Keep the name to " + MAX_NAME + " characters or fewer.");
        }
        if (details.kind() == null) {
            problems.reject("kind", "Choose whether the protocol uses medication.");
        }
        if (details.plannedStart() == null) {
            problems.reject("plannedStart", "Enter the planned start date.");
        }
        if (details.notes() != null && details.notes().strip().length() > MAX_NOTES) {
            problems.reject("notes", "Keep the notes to " + MAX_NOTES + " characters or fewer.");
        }
    }

    /** Checks one medication on its own: its dosing and its dates. */
    static void checkMedication(MedicationPlan plan, DoseLimits limits) {
        var problems = new InvalidInputException.Collector();
        limits.check(plan, problems);
        if (plan.startOn() == null) {
            problems.reject("startOn", "Enter the first day.");
        } else if (plan.endOn() != null && plan.endOn().isBefore(plan.startOn())) {
            problems.reject("endOn", "The medication would end before it starts: the last day must be on or after "
                    + DAY.format(plan.startOn()) + ".");
        }
        problems.throwIfAny();
    }

    private Medication medicationFrom(MedicationPlan plan) {
        return new Medication(this, new Dosing(plan), Objects.requireNonNull(plan.startOn()), plan.endOn());
    }

    void updateDetails(ProtocolDetails details, Instant now) {
        var problems = new InvalidInputException.Collector();
        checkDetails(details, problems);
        if (details.kind() == ProtocolKind.NATURAL && !medications.isEmpty()) {
            problems.reject("kind", "This protocol has medications, so it cannot be a natural recovery. "
                    + "Remove the medications first.");
        }
        problems.throwIfAny();
        this.name = Objects.requireNonNull(details.name()).strip();
        this.kind = Objects.requireNonNull(details.kind());
        this.plannedStart = Objects.requireNonNull(details.plannedStart());
        this.notes = Dosing.trimmed(details.notes());
        touch(now);
    }

    Medication addMedication(MedicationPlan plan, DoseLimits limits, Instant now) {
        checkMedicationsCanChange();
        if (kind == ProtocolKind.NATURAL) {
            throw InvalidInputException.of("drug", "A natural recovery has no medications. Change the protocol to "
                    + "one with medication first.");
        }
        checkMedication(plan, limits);
        var medication = medicationFrom(plan);
        medications.add(medication);
        touch(now);
        return medication;
    }

    void updateMedication(long medicationId, MedicationPlan plan, DoseLimits limits, Instant now) {
        checkMedicationsCanChange();
        var medication = medication(medicationId);
        checkMedication(plan, limits);
        medication.change(new Dosing(plan), Objects.requireNonNull(plan.startOn()), plan.endOn());
        touch(now);
    }

    void removeMedication(long medicationId, Instant now) {
        checkMedicationsCanChange();
        medications.remove(medication(medicationId));
        touch(now);
    }

    private Medication medication(long medicationId) {
        return medications.stream().filter(m -> Objects.equals(m.getId(), medicationId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("medication",
                        "This medication is no longer part of the protocol. Reload to see the current protocol."));
    }

    private void checkMedicationsCanChange() {
        if (!status.isOpen()) {
            throw InvalidInputException.of("status", "This protocol is " + status.label().toLowerCase(Locale.ROOT)
                    + ": it is a record of what was given, so its medications can no longer change.");
        }
    }

    void start(@Nullable LocalDate on, Instant now) {
        status.checkMoveTo(ProtocolStatus.ACTIVE);
        if (on == null) {
            throw InvalidInputException.of("startedOn", "Enter the day the protocol started.");
        }
        if (kind == ProtocolKind.MEDICATED && medications.isEmpty()) {
            throw InvalidInputException.of("medications", "Add at least one medication before starting, or make the "
                    + "protocol a natural recovery.");
        }
        status = ProtocolStatus.ACTIVE;
        startedOn = on;
        touch(now);
    }

    void complete(@Nullable LocalDate on, Instant now) {
        status.checkMoveTo(ProtocolStatus.COMPLETED);
        checkEnd(on);
        end(ProtocolStatus.COMPLETED, Objects.requireNonNull(on));
        touch(now);
    }

    /** Stopping a planned protocol cancels it; stopping a running one ends it early. Either needs a reason. */
    void stop(@Nullable LocalDate on, @Nullable String reason, Instant now) {
        status.checkMoveTo(ProtocolStatus.STOPPED);
        var problems = new InvalidInputException.Collector();
        if (DoseLimits.isBlank(reason)) {
            problems.reject("stopReason", "Say why the protocol is stopped.");
        } else if (reason.strip().length() > MAX_REASON) {
            problems.reject("stopReason", "Keep the reason to " + MAX_REASON + " characters or fewer.");
        }
        try {
            checkEnd(on);
        } catch (InvalidInputException refusal) {
            refusal.fieldErrors().forEach(problems::reject);
        }
        problems.throwIfAny();
        stopReason = Objects.requireNonNull(reason).strip();
        end(ProtocolStatus.STOPPED, Objects.requireNonNull(on));
        touch(now);
    }

    private void checkEnd(@Nullable LocalDate on) {
        if (on == null) {
            throw InvalidInputException.of("endedOn", "Enter the day the protocol ended.");
        }
        if (startedOn != null && on.isBefore(startedOn)) {
            throw InvalidInputException.of("endedOn", "The protocol would end before it started: the end must be "
                    + "on or after " + DAY.format(startedOn) + ".");
        }
    }

    private void end(ProtocolStatus finalStatus, LocalDate on) {
        status = finalStatus;
        endedOn = on;
        if (startedOn != null) {
            medications.forEach(medication -> medication.endBy(on));
        }
    }

    /**
     * Marks the protocol changed, strictly later than before, so that its version moves even when only a
     * medication changed and the clock has not advanced (a fixed clock in tests, a coarse clock elsewhere).
     */
    private void touch(Instant now) {
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public String getName() {
        return name;
    }

    public ProtocolKind getKind() {
        return kind;
    }

    public ProtocolStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public @Nullable LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getEndedOn() {
        return endedOn;
    }

    public @Nullable String getStopReason() {
        return stopReason;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    /** The template it was planned from, as that template was named then. */
    public @Nullable String getTemplateName() {
        return templateName;
    }

    public List<Medication> getMedications() {
        return Collections.unmodifiableList(medications);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
