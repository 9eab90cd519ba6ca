package com.hpgdesk.lab.results;

import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.FlaggedValue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One marker's value in a report. The value and unit as reported are kept exactly (the scale too, so
 * "5.50" comes back as "5.50"), and so is the comparator of a value beyond the assay's limits ("&lt; 0.2":
 * the value columns then hold the limit); the canonical value is derived from them and only used for comparing.
 */
@Entity
@Table(name = "lab_result")
class LabResult {

    /** Decimal places the reported_value column holds; more are refused rather than rounded away. */
    static final int MAX_REPORTED_SCALE = 6;
    private static final int CANONICAL_SCALE = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn = LocalDate.EPOCH;

    @Column(name = "marker_key", nullable = false, length = 40)
    private String markerKey = "";

    @Column(name = "reported_value", nullable = false, precision = 20, scale = 6)
    private BigDecimal reportedValue = BigDecimal.ZERO;

    @Column(name = "reported_scale", nullable = false)
    private int reportedScale;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_censoring", nullable = false, length = 12)
    private Censoring reportedCensoring = Censoring.EXACT;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_unit", nullable = false, length = 20)
    private Unit reportedUnit = Unit.PERCENT;

    @Column(name = "canonical_value", nullable = false, precision = 30, scale = 10)
    private BigDecimal canonicalValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "canonical_unit", nullable = false, length = 20)
    private Unit canonicalUnit = Unit.PERCENT;

    @Column(name = "range_low", precision = 20, scale = 6)
    private @Nullable BigDecimal rangeLow;

    @Column(name = "range_high", precision = 20, scale = 6)
    private @Nullable BigDecimal rangeHigh;

    @Enumerated(EnumType.STRING)
    @Column(name = "range_unit", length = 20)
    private @Nullable Unit rangeUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "range_origin", nullable = false, length = 10)
    private RangeOrigin rangeOrigin = RangeOrigin.NONE;

    @Column(name = "range_source", length = 300)
    private @Nullable String rangeSource;

    @Column(length = 100)
    private @Nullable String method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Flag flag = Flag.NO_RANGE;

    @Column(length = 64)
    private @Nullable String fingerprint;

    @Column(name = "deleted_fingerprint", length = 64)
    private @Nullable String deletedFingerprint;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by", length = 60)
    private @Nullable String deletedBy;

    @Column(name = "delete_reason", length = 500)
    private @Nullable String deleteReason;

    protected LabResult() {
    }

    LabResult(LabReport report, FlaggedValue value, @Nullable String method, String fingerprint) {
        this.reportId = report.id();
        this.patientId = report.patientId();
        this.collectedOn = report.collectedOn();
        this.markerKey = value.marker().key().value();
        apply(value, method, fingerprint);
    }

    void apply(FlaggedValue value, @Nullable String method, String fingerprint) {
        BigDecimal reported = value.reported().quantity().value();
        this.reportedScale = Math.max(0, reported.scale());
        this.reportedValue = reported.setScale(reportedScale, RoundingMode.UNNECESSARY);
        this.reportedUnit = value.reported().unit();
        this.reportedCensoring = value.reported().censoring();
        this.canonicalValue = value.canonical().quantity().value().setScale(CANONICAL_SCALE, RoundingMode.HALF_UP);
        this.canonicalUnit = value.canonical().unit();
        ReferenceRange range = value.range();
        this.rangeLow = range == null ? null : range.low();
        this.rangeHigh = range == null ? null : range.high();
        this.rangeUnit = range == null ? null : range.unit();
        this.rangeOrigin = value.rangeOrigin();
        this.rangeSource = value.rangeSource();
        this.flag = value.flag();
        this.method = method;
        this.fingerprint = fingerprint;
    }

    void delete(String by, String reason, Instant now) {
        this.deletedFingerprint = fingerprint;
        this.fingerprint = null;
        this.deletedAt = now;
        this.deletedBy = by;
        this.deleteReason = reason;
    }

    long id() {
        return Objects.requireNonNull(id, "result not saved yet");
    }

    long reportId() {
        return reportId;
    }

    long patientId() {
        return patientId;
    }

    LocalDate collectedOn() {
        return collectedOn;
    }

    MarkerKey markerKey() {
        return new MarkerKey(markerKey);
    }

    @Nullable String fingerprintOrNull() {
        return fingerprint;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    ReportedValue reported() {
        return new ReportedValue(reportedCensoring,
                new Quantity(reportedValue.setScale(reportedScale, RoundingMode.HALF_UP), reportedUnit));
    }

    ReportedValue canonical() {
        return new ReportedValue(reportedCensoring, new Quantity(canonicalValue.stripTrailingZeros(), canonicalUnit));
    }

    @Nullable ReferenceRange range() {
        if (rangeUnit == null || (rangeLow == null && rangeHigh == null)) {
            return null;
        }
        return new ReferenceRange(strip(rangeLow), strip(rangeHigh), rangeUnit);
    }

    RangeOrigin rangeOrigin() {
        return rangeOrigin;
    }

    @Nullable String rangeSource() {
        return rangeSource;
    }

    @Nullable String method() {
        return method;
    }

    Flag flag() {
        return flag;
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
