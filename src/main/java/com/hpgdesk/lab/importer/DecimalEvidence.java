package com.hpgdesk.lab.importer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What one number says about the file's decimal mark: "0,5" and "4.56" can only be read one way; "1.250"
 * is 1.25 with a decimal point and 1250 with a decimal comma, so it says nothing and needs the file's mark.
 */
final class DecimalEvidence {

    private DecimalEvidence() {
    }

    /** The mark this number proves, or null. */
    static @Nullable DecimalMark of(String number) {
        if (!hasSeparator(number)) {
            return null;
        }
        Character sign = NumberText.decimalEvidence(number);
        if (sign != null) {
            return DecimalMark.of(sign);
        }
        BigDecimal point = NumberText.parse(number, '.');
        BigDecimal comma = NumberText.parse(number, ',');
        if (point != null && comma == null) {
            return DecimalMark.POINT;
        }
        if (point == null && comma != null) {
            return DecimalMark.COMMA;
        }
        return null;
    }

    /** True when the number is read as two different values with the two marks. */
    static boolean readsDifferently(String number) {
        if (!hasSeparator(number)) {
            return false;
        }
        BigDecimal point = NumberText.parse(number, '.');
        BigDecimal comma = NumberText.parse(number, ',');
        return point != null && comma != null && point.compareTo(comma) != 0;
    }

    /** Most values are whole numbers: they say nothing, and need no pattern matched to know it. */
    static boolean hasSeparator(String text) {
        return text.indexOf('.') >= 0 || text.indexOf(',') >= 0;
    }

    /** "value "1.250" is 1.25 with a decimal point and 1250 with a decimal comma". */
    static String bothReadings(String what, String number) {
        BigDecimal point = NumberText.parse(number, '.');
        BigDecimal comma = NumberText.parse(number, ',');
        return what + " \"" + CollectionDates.quoted(number) + "\" is "
                + (point == null ? "?" : point.toPlainString()) + " with a decimal point and "
                + (comma == null ? "?" : comma.toPlainString()) + " with a decimal comma; say which this file uses";
    }
}
