package com.hpgdesk.assessment.curve;

import com.hpgdesk.chart.Censoring;
import com.hpgdesk.lab.Quantity;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value on the recovery curve. A censored value ("&lt; 0.2") carries the lab's limit as its value: the
 * chart draws it at the limit as an open marker with an arrow, the table writes it as the lab did.
 */
public record CurveReading(LocalDate collectedOn, Quantity value, Censoring censoring) {

    public CurveReading {
        Objects.requireNonNull(collectedOn);
        Objects.requireNonNull(value);
        Objects.requireNonNull(censoring);
    }

    public static CurveReading exact(LocalDate collectedOn, Quantity value) {
        return new CurveReading(collectedOn, value, Censoring.EXACT);
    }

    /** As the table shows it, e.g. "412" or "&lt; 0.2"; limits keep their own places, e.g. "&lt; 0.05". */
    String written(int decimals) {
        var number = censoring == Censoring.EXACT
                ? value.value().setScale(decimals, RoundingMode.HALF_UP)
                : value.value().stripTrailingZeros();
        return censoring.written(number.toPlainString());
    }
}
