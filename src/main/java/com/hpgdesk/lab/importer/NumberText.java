package com.hpgdesk.lab.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads result values written with a decimal point or a decimal comma. The file's decimal mark decides the
 * only truly ambiguous case, a single separator followed by exactly three digits ("1,234" is 1234 in a
 * decimal-point file and 1.234 in a decimal-comma file).
 */
final class NumberText {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+");
    private static final Pattern ONE_SEPARATOR = Pattern.compile("[+-]?(\\d*)([.,])(\\d+)");
    private static final Pattern COMMA_DECIMAL_EVIDENCE = Pattern.compile("[+-]?(0,\\d+|\\d*,\\d{1,2}|\\d*,\\d{4,})");
    private static final Pattern POINT_DECIMAL_EVIDENCE = Pattern.compile("[+-]?(0\\.\\d+|\\d*\\.\\d{1,2}|\\d*\\.\\d{4,})");

    private static final Pattern SPACE_GROUPED = Pattern.compile("[+-]?\\d{1,3}([ \u00A0\u202F\u2009]\\d{3})+([.,]\\d+)?");

    private NumberText() {
    }

    /** Whether the value can only be read with a decimal comma, a decimal point, or says nothing. */
    static @Nullable Character decimalEvidence(String value) {
        String s = compact(value);
        if (COMMA_DECIMAL_EVIDENCE.matcher(s).matches()) {
            return ',';
        }
        if (POINT_DECIMAL_EVIDENCE.matcher(s).matches()) {
            return '.';
        }
        return null;
    }

    /** The number, or null if the text is not one. */
    static @Nullable BigDecimal parse(String value, char decimalMark) {
        String s = compact(value);
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        if (PLAIN.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        char grouping = decimalMark == '.' ? ',' : '.';
        var one = ONE_SEPARATOR.matcher(s);
        if (one.matches()) {
            char separator = one.group(2).charAt(0);
            boolean looksGrouped = one.group(3).length() == 3 && !one.group(1).isEmpty()
                    && one.group(1).length() <= 3 && !one.group(1).startsWith("0");
            String digits = separator == grouping && looksGrouped
                    ? s.replace(String.valueOf(separator), "")
                    : s.replace(separator, '.');
            return new BigDecimal(digits);
        }
        int lastPoint = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        char decimal = lastPoint > lastComma ? '.' : ',';
        char group = decimal == '.' ? ',' : '.';
        Pattern grouped = Pattern.compile("[+-]?\\d{1,3}(" + Pattern.quote(String.valueOf(group)) + "\\d{3})+("
                + Pattern.quote(String.valueOf(decimal)) + "\\d+)?");
        if (grouped.matcher(s).matches() && (s.indexOf(decimal) >= 0 || group == grouping)) {
            return new BigDecimal(s.replace(String.valueOf(group), "").replace(decimal, '.'));
        }
        return null;
    }

    /**
     * Without the spaces some labs group thousands with ("12 500", also no-break and thin spaces); other
     * spaces are kept so that "5 5" is refused rather than read as 55.
     */
    private static String compact(String value) {
        if (!SPACE_GROUPED.matcher(value).matches()) {
            return value;
        }
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\u2009') {
                s.append(c);
            }
        }
        return s.toString();
    }
}
