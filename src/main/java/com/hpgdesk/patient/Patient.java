package com.hpgdesk.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A man followed by the practice while his own hormone production recovers. */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "record_number", nullable = false, unique = true, length = 40)
    private String recordNumber = "";

    /** The record number in upper case: what uniqueness and look-ups compare, through an index. */
    @Column(name = "record_number_key", nullable = false, unique = true, length = 40)
    private String recordNumberKey = "";

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName = "";

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName = "";

    /** Names folded for search by {@link NameFolding}: "pawel" finds "Paweł", "dmitriy" finds "Дмитрий". */
    @Column(name = "search_name", nullable = false, length = NameFolding.MAX_LENGTH)
    private String searchName = "";

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth = LocalDate.EPOCH;

    @Column(length = 254)
    private @Nullable String email;

    @Column(length = 40)
    private @Nullable String phone;

    @Column(length = 500)
    private @Nullable String address;

    @Column(name = "responsible_clinician_id", nullable = false)
    private long responsibleClinicianId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PatientStatus status = PatientStatus.ACTIVE;

    @Column(name = "discharged_on")
    private @Nullable LocalDate dischargedOn;

    @Column(name = "discharge_reason", length = 500)
    private @Nullable String dischargeReason;

    /** Pre-treatment total testosterone, in ng/dL (the catalogue's canonical unit). */
    @Column(name = "baseline_testosterone_ng_dl", precision = 8, scale = 2)
    private @Nullable BigDecimal baselineTestosteroneNgPerDl;

    /** Pre-treatment sperm concentration, in millions per mL. */
    @Column(name = "baseline_sperm_million_ml", precision = 8, scale = 2)
    private @Nullable BigDecimal baselineSpermMillionPerMl;

    @Column(name = "baseline_note", length = 500)
    private @Nullable String baselineNote;

    /** The handout template set he reads, e.g. "es"; null until chosen. Set only through the repository. */
    @Column(name = "handout_language", length = 35)
    private @Nullable String handoutLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected Patient() {
    }

    Patient(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * A record number as stored: NFKC first, so that full-width digits and letters (Japanese and Chinese input
     * methods type them) become the ASCII ones and "１２３４５" is the same record as "12345".
     */
    static String normalRecordNumber(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }

    static String recordNumberKey(String recordNumber) {
        return normalRecordNumber(recordNumber).toUpperCase(Locale.ROOT);
    }

    void apply(PatientDetails details, Instant now) {
        recordNumber = normalRecordNumber(details.recordNumber());
        recordNumberKey = recordNumberKey(recordNumber);
        givenName = details.givenName().strip();
        familyName = details.familyName().strip();
        searchName = NameFolding.searchName(givenName, familyName);
        dateOfBirth = java.util.Objects.requireNonNull(details.dateOfBirth());
        email = blankToNull(details.email());
        phone = blankToNull(details.phone());
        address = blankToNull(details.address());
        responsibleClinicianId = java.util.Objects.requireNonNull(details.responsibleClinicianId());
        baselineTestosteroneNgPerDl = details.baselineTestosteroneNgPerDl();
        baselineSpermMillionPerMl = details.baselineSpermMillionPerMl();
        baselineNote = blankToNull(details.baselineNote());
        updatedAt = now;
    }

    void discharge(LocalDate on, String reason, Instant now) {
        status = PatientStatus.DISCHARGED;
        dischargedOn = on;
        dischargeReason = reason.strip();
        updatedAt = now;
    }

    void readmit(Instant now) {
        status = PatientStatus.ACTIVE;
        dischargedOn = null;
        dischargeReason = null;
        updatedAt = now;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable Long getId() {
        return id;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "patient not saved yet");
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    /** "Family, Given": the order lists are sorted by. */
    public String getSortName() {
        return familyName + ", " + givenName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public long getResponsibleClinicianId() {
        return responsibleClinicianId;
    }

    public PatientStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public @Nullable String getDischargeReason() {
        return dischargeReason;
    }

    public @Nullable BigDecimal getBaselineTestosteroneNgPerDl() {
        return baselineTestosteroneNgPerDl;
    }

    public @Nullable BigDecimal getBaselineSpermMillionPerMl() {
        return baselineSpermMillionPerMl;
    }

    public @Nullable String getBaselineNote() {
        return baselineNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getHandoutLanguage() {
        return handoutLanguage;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The editable fields, as a form holds them. */
    public PatientDetails details() {
        return new PatientDetails(recordNumber, givenName, familyName, dateOfBirth, email, phone, address,
                responsibleClinicianId, baselineTestosteroneNgPerDl, baselineSpermMillionPerMl, baselineNote);
    }
}
