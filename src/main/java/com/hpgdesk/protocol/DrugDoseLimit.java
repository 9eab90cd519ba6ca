package com.hpgdesk.protocol;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One row of {@code drug_dose_limit}; read into {@link DoseLimits}. */
@Entity
@Table(name = "drug_dose_limit")
class DrugDoseLimit {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Drug drug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DoseUnit unit;

    @Column(name = "max_per_dose", nullable = false, precision = 12, scale = 3)
    private BigDecimal maxPerDose;

    @Column(name = "max_per_week", precision = 12, scale = 3)
    private @Nullable BigDecimal maxPerWeek;

    @Column(name = "max_per_week_source", length = 600)
    private @Nullable String maxPerWeekSource;

    protected DrugDoseLimit() {
        // for JPA
        this.drug = Drug.OTHER;
        this.unit = DoseUnit.MG;
        this.maxPerDose = BigDecimal.ONE;
    }

    Drug drug() {
        return drug;
    }

    DoseLimits.Limit limit() {
        return new DoseLimits.Limit(unit, maxPerDose, maxPerWeek, maxPerWeekSource);
    }
}
