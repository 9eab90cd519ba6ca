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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A protocol as commonly reported in practice, kept by the practice lead so that planning starts from
 * something familiar. It records practice, it does not recommend: the clinician prescribes.
 */
@Entity
@Table(name = "protocol_template")
public class ProtocolTemplate {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2000;
    /** Offsets and durations beyond two years are almost certainly typing slips. */
    static final int MAX_DAYS = 730;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProtocolKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startOffsetDays, id")
    private List<TemplateMedication> medications = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ProtocolTemplate() {
        // for JPA
        this.name = "";
        this.description = "";
        this.kind = ProtocolKind.NATURAL;
        this.updatedAt = Instant.EPOCH;
    }

    ProtocolTemplate(TemplateDetails details, int sortOrder, Instant now) {
        check(details);
        this.name = Objects.requireNonNull(details.name()).strip();
        this.kind = Objects.requireNonNull(details.kind());
        this.description = Objects.requireNonNullElse(Dosing.trimmed(details.description()), "");
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }

    private static void check(TemplateDetails details) {
        var problems = new InvalidInputException.Collector();
        if (DoseLimits.isBlank(details.name())) {
            problems.reject("name", "Give the template a name.");
        } else if (details.name().strip().length() > MAX_NAME) {
            problems.reject("name", "Keep the name to " + MAX_NAME + " characters or fewer.");
        }
        if (details.kind() == null) {
            problems.reject("kind", "Choose whether the template uses medication.");
        }
        if (details.description() != null && details.description().strip().length() > MAX_DESCRIPTION) {
            problems.reject("description", "Keep the description to " + MAX_DESCRIPTION + " characters or fewer.");
        }
        problems.throwIfAny();
    }

    /** The template's medications dated for a protocol that starts on {@code start}. */
    public List<MedicationPlan> medicationsFrom(LocalDate start) {
        return medications.stream().map(medication -> medication.datedFrom(start)).toList();
    }

    void updateDetails(TemplateDetails details, Instant now) {
        check(details);
        if (details.kind() == ProtocolKind.NATURAL && !medications.isEmpty()) {
            throw InvalidInputException.of("kind", "This template has medications, so it cannot be a natural "
                    + "recovery. Remove the medications first.");
        }
        this.name = Objects.requireNonNull(details.name()).strip();
        this.kind = Objects.requireNonNull(details.kind());
        this.description = Objects.requireNonNullElse(Dosing.trimmed(details.description()), "");
        touch(now);
    }

    TemplateMedication addMedication(TemplateMedicationPlan plan, DoseLimits limits, Instant now) {
        if (kind == ProtocolKind.NATURAL) {
            throw InvalidInputException.of("drug", "A natural-recovery template has no medications.");
        }
        checkMedication(plan, limits);
        var medication = new TemplateMedication(this, new Dosing(plan), offset(plan), plan.durationDays());
        medications.add(medication);
        touch(now);
        return medication;
    }

    void updateMedication(long medicationId, TemplateMedicationPlan plan, DoseLimits limits, Instant now) {
        var medication = medication(medicationId);
        checkMedication(plan, limits);
        medication.change(new Dosing(plan), offset(plan), plan.durationDays());
        touch(now);
    }

    void removeMedication(long medicationId, Instant now) {
        medications.remove(medication(medicationId));
        touch(now);
    }

    private static int offset(TemplateMedicationPlan plan) {
        return plan.startOffsetDays() == null ? 0 : plan.startOffsetDays();
    }

    static void checkMedication(TemplateMedicationPlan plan, DoseLimits limits) {
        var problems = new InvalidInputException.Collector();
        limits.check(plan, problems);
        var offset = plan.startOffsetDays();
        if (offset != null && (offset < 0 || offset > MAX_DAYS)) {
            problems.reject("startOffsetDays", "Use 0 (the protocol's first day) to " + MAX_DAYS + " days.");
        }
        var duration = plan.durationDays();
        if (duration != null && (duration < 1 || duration > MAX_DAYS)) {
            problems.reject("durationDays", "Use 1 to " + MAX_DAYS + " days, or leave empty to run until the "
                    + "protocol ends.");
        }
        problems.throwIfAny();
    }

    private TemplateMedication medication(long medicationId) {
        return medications.stream().filter(m -> Objects.equals(m.getId(), medicationId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("medication",
                        "This medication is no longer part of the template. Reload to see the current template."));
    }

    /** Strictly later than before, so the version moves even when only a medication changed. */
    private void touch(Instant now) {
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ProtocolKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<TemplateMedication> getMedications() {
        return Collections.unmodifiableList(medications);
    }

    public long getVersion() {
        return version;
    }
}
