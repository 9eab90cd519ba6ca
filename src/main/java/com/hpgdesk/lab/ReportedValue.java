package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A value as the lab reported it: a measured quantity ("5.5 IU/L") or, for a result beyond what the assay
 * can measure, a limit with its comparator ("&lt; 0.2 IU/L", "&gt; 1500 ng/dL"). A censored value is an
 * interval, never a number: read {@link #upperBound()} and {@link #lowerBound()}, not the limit alone.
 *
 * @param quantity the measured value, or the assay's limit when censored, with its unit
 */
public record ReportedValue(Censoring censoring, Quantity quantity) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    public ReportedValue {
        Objects.requireNonNull(censoring, "censoring");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static ReportedValue exact(Quantity quantity) {
        return new ReportedValue(Censoring.EXACT, quantity);
    }

    public static ReportedValue of(Censoring censoring, String limit, Unit unit) {
        return new ReportedValue(censoring, Quantity.of(limit, unit));
    }

    /**
     * Reads a value typed by hand: "5.5", "&lt; 0.2", "&lt;=0.2", "&le; 0.2", "&gt; 1500", "&ge;1500". A decimal point,
     * no thousands separators.
     *
     * @throws InvalidInputException at field "value", saying what form is expected
     */
    public static ReportedValue parse(String text, Unit unit) {
        Censoring.Prefixed prefixed = Censoring.prefixOf(text);
        String number = prefixed.rest();
        String symbol = prefixed.censoring().symbol();
        if (text.isBlank()) {
            throw InvalidInputException.of("value", "Enter the value.");
        }
        if (number.isEmpty()) {
            throw InvalidInputException.of("value", "Enter the assay's limit after \"" + symbol + "\", e.g. "
                    + symbol + " 0.2.");
        }
        if (DECIMAL_COMMA.matcher(number).matches()) {
            throw InvalidInputException.of("value", "Write the decimal with a point: " + symbol
                    + (symbol.isEmpty() ? "" : " ") + number.replace(',', '.') + ".");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw InvalidInputException.of("value", "\"" + text.strip() + "\" is not a number. Enter a number "
                    + "such as 5.5, or the assay's limit as printed, such as < 0.2 or > 1500.");
        }
        return new ReportedValue(prefixed.censoring(), new Quantity(new BigDecimal(number), unit));
    }

    public boolean isCensored() {
        return censoring.isCensored();
    }

    public Unit unit() {
        return quantity.unit();
    }

    /** The value itself when exact; empty when censored, because then there is no single number. */
    public Optional<Quantity> exactQuantity() {
        return isCensored() ? Optional.empty() : Optional.of(quantity);
    }

    /** The highest the true value can be (the value itself when exact); empty when only a lower bound is known. */
    public Optional<Quantity> upperBound() {
        return censoring.isLowerBound() ? Optional.empty() : Optional.of(quantity);
    }

    /** The lowest the true value can be (the value itself when exact); empty when only an upper bound is known. */
    public Optional<Quantity> lowerBound() {
        return censoring.isUpperBound() ? Optional.empty() : Optional.of(quantity);
    }

    /** The same censoring with the limit transformed, e.g. converted to another unit by an increasing conversion. */
    public ReportedValue map(UnaryOperator<Quantity> increasing) {
        return new ReportedValue(censoring, increasing.apply(quantity));
    }

    /**
     * Rounded for display without changing what it claims: an upper limit is rounded up and a lower limit
     * down, so "&lt; 0.24" never reads "&lt; 0.2".
     */
    public ReportedValue rounded(int decimals) {
        return new ReportedValue(censoring, new Quantity(quantity.value().setScale(decimals, censoring.displayRounding()),
                quantity.unit()));
    }

    /** The number as reported, with its comparator: "&lt; 0.2", "5.50". */
    public String numberText() {
        String number = quantity.value().toPlainString();
        return isCensored() ? censoring.symbol() + " " + number : number;
    }

    /** "&lt; 0.2 IU/L", "5.50 mIU/mL": as the lab printed it. */
    @Override
    public String toString() {
        return numberText() + " " + quantity.unit().symbol();
    }
}
