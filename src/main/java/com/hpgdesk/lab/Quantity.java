package com.hpgdesk.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * A measured or calculated amount with its unit. The value is kept as reported (a lab's "5.50" stays
 * "5.50") so that nothing is lost before it is stored; conversions live on {@link Marker}.
 */
public record Quantity(BigDecimal value, Unit unit) {

    /** Enough precision that converting to canonical and back gives the reported value again. */
    static final MathContext CONVERSION = MathContext.DECIMAL64;

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    public static Quantity of(double value, Unit unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A quantity must be a finite number, not " + value);
        }
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /** The value rounded to {@code decimals} places, for display. */
    public Quantity rounded(int decimals) {
        return new Quantity(value.setScale(decimals, RoundingMode.HALF_UP), unit);
    }

    /** For messages: "50,000 ng/dL". At most six significant digits, no trailing zeros. */
    @Override
    public String toString() {
        return readable(value) + " " + unit.symbol();
    }

    /** A number as a person reads it in a message: grouping commas, at most six significant digits. */
    static String readable(BigDecimal number) {
        BigDecimal shown = number.round(new MathContext(6)).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(shown);
    }
}
