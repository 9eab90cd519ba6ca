package com.hpgdesk.lab.results;

import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.ReferenceRange;
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
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A result as it was before an edit or deletion, with the reason given. The audit trail says that
 * something changed but never the values; this keeps the values, so the original is never lost.
 */
@Entity
@Table(name = "lab_result_change")
class LabResultChange {

    enum Kind { UPDATE, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "result_id", nullable = false)
    private long resultId;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind = Kind.UPDATE;

    @Column(nullable = false, length = 500)
    private String reason = "";

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy = "";

    @Column(name = "previous_value", nullable = false, precision = 20, scale = 6)
    private BigDecimal previousValue = BigDecimal.ZERO;

    @Column(name = "previous_scale", nullable = false)
    private int previousScale;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_unit", nullable = false, length = 20)
    private Unit previousUnit = Unit.PERCENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_censoring", nullable = false, length = 12)
    private Censoring previousCensoring = Censoring.EXACT;

    @Column(name = "previous_range_low", precision = 20, scale = 6)
    private @Nullable BigDecimal previousRangeLow;

    @Column(name = "previous_range_high", precision = 20, scale = 6)
    private @Nullable BigDecimal previousRangeHigh;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_range_unit", length = 20)
    private @Nullable Unit previousRangeUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_range_origin", nullable = false, length = 10)
    private RangeOrigin previousRangeOrigin = RangeOrigin.NONE;

    @Column(name = "previous_method", length = 100)
    private @Nullable String previousMethod;

    protected LabResultChange() {
    }

    LabResultChange(LabResult before, Kind kind, String reason, String by, Instant now) {
        this.resultId = before.id();
        this.reportId = before.reportId();
        this.kind = kind;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = now;
        this.previousValue = before.reported().quantity().value();
        this.previousScale = Math.max(0, before.reported().quantity().value().scale());
        this.previousUnit = before.reported().unit();
        this.previousCensoring = before.reported().censoring();
        ReferenceRange range = before.range();
        this.previousRangeLow = range == null ? null : range.low();
        this.previousRangeHigh = range == null ? null : range.high();
        this.previousRangeUnit = range == null ? null : range.unit();
        this.previousRangeOrigin = before.rangeOrigin();
        this.previousMethod = before.method();
    }

    Kind kind() {
        return kind;
    }

    String reason() {
        return reason;
    }

    long resultId() {
        return resultId;
    }

    Censoring previousCensoring() {
        return previousCensoring;
    }
}
