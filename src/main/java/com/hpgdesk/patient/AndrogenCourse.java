package com.hpgdesk.patient;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One period of androgen use: what, how much, how often, from when to the last dose. A course still being
 * taken has no last dose; {@code ongoingPatientId} then repeats the patient so that the database allows one
 * ongoing course per patient (a unique column, checked against {@code last_dose_on}).
 */
@Entity
@Table(name = "androgen_course")
public class AndrogenCourse implements RecoveryClock.TreatmentCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CourseKind kind = CourseKind.TRT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "androgen_course_compound", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "compound", length = 40)
    private Set<Compound> compounds = EnumSet.noneOf(Compound.class);

    @Column(name = "other_compound", length = 100)
    private @Nullable String otherCompound;

    @Column(name = "dose_amount", nullable = false, precision = 10, scale = 3)
    private BigDecimal doseAmount = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "dose_unit", nullable = false, length = 20)
    private DoseUnit doseUnit = DoseUnit.MG;

    @Column(name = "dosing_interval_days", nullable = false)
    private int dosingIntervalDays;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn = LocalDate.EPOCH;

    @Column(name = "last_dose_on")
    private @Nullable LocalDate lastDoseOn;

    @Column(name = "ongoing_patient_id")
    private @Nullable Long ongoingPatientId;

    @Column(length = 1000)
    private @Nullable String notes;

    @Version
    private long version;

    protected AndrogenCourse() {
    }

    AndrogenCourse(long patientId) {
        this.patientId = patientId;
    }

    void apply(CourseDetails details) {
        kind = java.util.Objects.requireNonNull(details.kind());
        compounds = details.compounds().isEmpty() ? EnumSet.noneOf(Compound.class) : EnumSet.copyOf(details.compounds());
        otherCompound = details.otherCompound() == null || details.otherCompound().isBlank()
                ? null : details.otherCompound().strip();
        doseAmount = java.util.Objects.requireNonNull(details.doseAmount());
        doseUnit = java.util.Objects.requireNonNull(details.doseUnit());
        dosingIntervalDays = java.util.Objects.requireNonNull(details.dosingIntervalDays());
        startedOn = java.util.Objects.requireNonNull(details.startedOn());
        if (details.ongoing()) {
            lastDoseOn = null;
            ongoingPatientId = patientId;
        } else {
            lastDoseOn = java.util.Objects.requireNonNull(details.lastDoseOn());
            ongoingPatientId = null;
        }
        notes = details.notes() == null || details.notes().isBlank() ? null : details.notes().strip();
    }

    @Override
    public Optional<LocalDate> endOfTreatment() {
        return lastDoseOn == null ? Optional.empty() : Optional.of(RecoveryClock.endOf(lastDoseOn, dosingIntervalDays));
    }

    /** True while the man still takes this course: no last dose is recorded. */
    @Override
    public boolean isOngoing() {
        return lastDoseOn == null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public CourseKind getKind() {
        return kind;
    }

    public Set<Compound> getCompounds() {
        return Set.copyOf(compounds);
    }

    public @Nullable String getOtherCompound() {
        return otherCompound;
    }

    /** The compounds in words, with the named "other" compound in place of its placeholder. */
    public String describeCompounds() {
        return compounds.stream()
                .sorted()
                .map(compound -> compound == Compound.OTHER && otherCompound != null ? otherCompound : compound.label())
                .collect(Collectors.joining(", "));
    }

    public BigDecimal getDoseAmount() {
        return doseAmount;
    }

    public DoseUnit getDoseUnit() {
        return doseUnit;
    }

    public int getDosingIntervalDays() {
        return dosingIntervalDays;
    }

    @Override
    public LocalDate getStartedOn() {
        return startedOn;
    }

    /** The last dose; null while the course is ongoing. */
    public @Nullable LocalDate getLastDoseOn() {
        return lastDoseOn;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }

    public CourseDetails details() {
        return new CourseDetails(kind, compounds, otherCompound, doseAmount, doseUnit, dosingIntervalDays,
                startedOn, lastDoseOn, notes, lastDoseOn == null);
    }
}
