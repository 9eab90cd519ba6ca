package com.hpgdesk.lab;

import java.math.BigDecimal;

/**
 * The physically possible values of a marker in its canonical unit, both ends accepted. Much wider than
 * the reference range: abnormal values are stored and flagged; only impossible ones are refused.
 *
 * @param basis why these limits, as written in the catalogue
 */
public record PlausibleLimits(BigDecimal low, BigDecimal high, String basis) {

    public PlausibleLimits {
        if (low.compareTo(high) >= 0) {
            throw new IllegalArgumentException("Plausible low " + low + " must be below high " + high);
        }
    }

    public boolean contains(BigDecimal canonicalValue) {
        return canonicalValue.compareTo(low) >= 0 && canonicalValue.compareTo(high) <= 0;
    }
}
