package com.hpgdesk.assessment;

import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.assessment.engine.Verdict;
import com.hpgdesk.patient.PatientListing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/** A patient's latest assessment in brief, for practice-wide lists: status, verdict counts, rules version. */
@Entity
@Table(name = "assessment_summary")
public class AssessmentSummary implements Persistable<Long> {

    @Id
    @Column(name = "patient_id")
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecoveryStatus status;

    @Column(name = "supports_count", nullable = false)
    private int supports;

    @Column(name = "hinders_count", nullable = false)
    private int hinders;

    @Column(name = "mixed_count", nullable = false)
    private int mixed;

    @Column(name = "not_enough_count", nullable = false)
    private int notEnoughData;

    @Column(name = "on_treatment_count", nullable = false)
    private int onTreatment;

    @Column(name = "rules_version", nullable = false)
    private String rulesVersion;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "latest_data_on")
    private @Nullable LocalDate latestDataOn;

    @Column(name = "end_of_treatment")
    private @Nullable LocalDate endOfTreatment;
    @Column(name = "on_treatment", nullable = false)
    private boolean stillOnTreatment;
    @Column(name = "tt_value")
    private @Nullable BigDecimal ttValue;
    @Column(name = "tt_text")
    private @Nullable String ttText;
    @Column(name = "tt_on")
    private @Nullable LocalDate ttOn;
    @Column(name = "tt_direction")
    private @Nullable String ttDirection;
    @Column(name = "lh_value")
    private @Nullable BigDecimal lhValue;
    @Column(name = "lh_text")
    private @Nullable String lhText;
    @Column(name = "lh_on")
    private @Nullable LocalDate lhOn;
    @Column(name = "lh_direction")
    private @Nullable String lhDirection;
    @Column(name = "fsh_value")
    private @Nullable BigDecimal fshValue;
    @Column(name = "fsh_text")
    private @Nullable String fshText;
    @Column(name = "fsh_on")
    private @Nullable LocalDate fshOn;
    @Column(name = "fsh_direction")
    private @Nullable String fshDirection;
    @Column(name = "hematocrit_percent")
    private @Nullable BigDecimal hematocritPercent;
    @Column(name = "estradiol_above_range", nullable = false)
    private boolean estradiolAboveRange;
    @Column(name = "te2_ratio")
    private @Nullable BigDecimal testosteroneEstradiolRatio;
    @Column(name = "last_lab_on")
    private @Nullable LocalDate lastLabOn;
    @Column(name = "last_lifestyle_week")
    private @Nullable LocalDate lastLifestyleWeek;
    @Column(name = "protocol_active", nullable = false)
    private boolean protocolActive;
    @Column(name = "protocol_name")
    private @Nullable String protocolName;
    @Column(name = "protocol_phase")
    private @Nullable String protocolPhase;
    @Column(name = "protocol_started_on")
    private @Nullable LocalDate protocolStartedOn;
    @Column(name = "protocol_drugs")
    private @Nullable String protocolDrugs;
    @Column(name = "next_labs_due")
    private @Nullable LocalDate nextLabsDue;
    @Column(name = "clinician_name")
    private @Nullable String clinicianName;
    /** The patient's own fields the practice review filters and sorts by (V23), kept here so it reads one table. */
    /** {@link RecoveryStatus#urgency()}, what the review sorts by status by (V23). */
    @Column(name = "status_order", nullable = false)
    private int statusOrder;
    @Column(name = "patient_active", nullable = false)
    private boolean patientActive = true;
    @Column(name = "responsible_clinician_id")
    private @Nullable Long responsibleClinicianId;
    @Column(name = "family_name")
    private @Nullable String familyName;
    @Column(name = "given_name")
    private @Nullable String givenName;
    @Column(name = "record_number")
    private @Nullable String recordNumber;

    /**
     * A summary made here is inserted without first looking for a stored one: its id is the patient's, assigned, so
     * saving it would otherwise read it back first (one query per patient when all summaries are refreshed).
     */
    @Transient
    private boolean made;

    protected AssessmentSummary() {
        this.patientId = 0L;
        this.status = RecoveryStatus.NOT_ENOUGH_DATA;
        this.rulesVersion = "";
        this.assessedOn = LocalDate.EPOCH;
        this.assessedAt = Instant.EPOCH;
    }

    AssessmentSummary(long patientId, Assessment assessment, SummaryFigures figures, @Nullable PatientListing listing,
                      Instant at) {
        this.patientId = patientId;
        this.status = assessment.status();
        this.rulesVersion = assessment.rulesVersion();
        this.assessedOn = assessment.assessedOn();
        this.assessedAt = at;
        this.made = true;
        update(assessment, figures, listing, at);
    }

    @Override
    public Long getId() {
        return patientId;
    }

    @Override
    public boolean isNew() {
        return made;
    }

    @PostLoad
    @PostPersist
    void stored() {
        made = false;
    }

    final void update(Assessment assessment, SummaryFigures figures, @Nullable PatientListing listing, Instant at) {
        show(figures);
        if (listing != null) {
            clinicianName = listing.clinicianName();
            patientActive = listing.active();
            responsibleClinicianId = listing.clinicianId();
            familyName = listing.familyName();
            givenName = listing.givenName();
            recordNumber = listing.recordNumber();
        }
        status = assessment.status();
        statusOrder = status.urgency();
        supports = (int) assessment.count(Verdict.SUPPORTS_RECOVERY);
        hinders = (int) assessment.count(Verdict.HINDERS_RECOVERY);
        mixed = (int) assessment.count(Verdict.MIXED);
        notEnoughData = (int) assessment.count(Verdict.NOT_ENOUGH_DATA);
        onTreatment = (int) assessment.count(Verdict.ON_TREATMENT);
        rulesVersion = assessment.rulesVersion();
        assessedOn = assessment.assessedOn();
        assessedAt = at;
        latestDataOn = assessment.latestData();
    }

    private void show(SummaryFigures figures) {
        endOfTreatment = figures.endOfTreatment();
        stillOnTreatment = figures.onTreatment();
        var tt = figures.totalTestosterone();
        ttValue = tt == null ? null : tt.value();
        ttText = tt == null ? null : tt.text();
        ttOn = tt == null ? null : tt.on();
        ttDirection = tt == null || tt.direction() == null ? null : tt.direction().name();
        var lh = figures.lh();
        lhValue = lh == null ? null : lh.value();
        lhText = lh == null ? null : lh.text();
        lhOn = lh == null ? null : lh.on();
        lhDirection = lh == null || lh.direction() == null ? null : lh.direction().name();
        var fsh = figures.fsh();
        fshValue = fsh == null ? null : fsh.value();
        fshText = fsh == null ? null : fsh.text();
        fshOn = fsh == null ? null : fsh.on();
        fshDirection = fsh == null || fsh.direction() == null ? null : fsh.direction().name();
        hematocritPercent = figures.hematocritPercent();
        estradiolAboveRange = figures.estradiolAboveRange();
        testosteroneEstradiolRatio = figures.testosteroneEstradiolRatio();
        lastLabOn = figures.lastLabOn();
        lastLifestyleWeek = figures.lastLifestyleWeek();
        var protocol = figures.protocol();
        protocolActive = protocol != null;
        protocolName = protocol == null ? null : protocol.name();
        protocolPhase = protocol == null ? null : protocol.phase();
        protocolStartedOn = protocol == null ? null : protocol.startedOn();
        protocolDrugs = protocol == null ? null : protocol.drugs();
        nextLabsDue = figures.nextLabsDue();
    }

    public long patientId() {
        return patientId;
    }

    public RecoveryStatus status() {
        return status;
    }

    public int supports() {
        return supports;
    }

    public int hinders() {
        return hinders;
    }

    public int mixed() {
        return mixed;
    }

    public int notEnoughData() {
        return notEnoughData;
    }

    public int onTreatment() {
        return onTreatment;
    }

    public String rulesVersion() {
        return rulesVersion;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    /** The drugs of the active protocol taken today, by their names in {@code Drug}; none without one. */
    java.util.List<String> protocolDrugs() {
        return protocolDrugs == null ? java.util.List.of()
                : java.util.Arrays.stream(protocolDrugs.split(",")).filter(drug -> !drug.isEmpty()).toList();
    }

    /** The newest date of any data the assessment read. */
    public @Nullable LocalDate latestDataOn() {
        return latestDataOn;
    }
}
