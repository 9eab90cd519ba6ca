package com.hpgdesk.lab;

import org.jspecify.annotations.Nullable;

/**
 * A default range and the ages it applies to, both ends inclusive in whole years (SHBG 17–56 nmol/L for
 * 18–49 y). With no ages it applies to every adult, including when the age is unknown.
 */
public record AgeBandedRange(@Nullable Integer fromAge, @Nullable Integer toAge, ReferenceRange range) {

    public AgeBandedRange {
        if (fromAge != null && toAge != null && fromAge > toAge) {
            throw new IllegalArgumentException("Age band " + fromAge + "–" + toAge + " ends before it starts");
        }
    }

    public boolean isAgeBanded() {
        return fromAge != null || toAge != null;
    }

    /** A banded range never applies to an unknown age: guessing the band could hide a high PSA. */
    public boolean appliesTo(@Nullable Integer ageYears) {
        if (!isAgeBanded()) {
            return true;
        }
        if (ageYears == null) {
            return false;
        }
        return (fromAge == null || ageYears >= fromAge) && (toAge == null || ageYears <= toAge);
    }
}
