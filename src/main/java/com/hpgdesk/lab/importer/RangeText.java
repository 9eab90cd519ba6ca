package com.hpgdesk.lab.importer;

import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a reference range as a lab file prints it, with the file's decimal mark: "250-1,100" and
 * "1,000-1,500" in a decimal-point file, "250–1.100" or "0,5 - 3,0" in a decimal-comma file, "&lt; 5",
 * "&gt; 60", "&le; 2.0", "2.6 to 24.9".
 */
final class RangeText {

    private static final String NUMBER = "(\\d(?:[\\d.,\u00A0\u202F]*\\d)?)";
    private static final Pattern BETWEEN = Pattern.compile(NUMBER + "\\s*(?:-|–|—|to|bis|à|a|al|\\.\\.)\\s*" + NUMBER);
    private static final Pattern AT_MOST = Pattern.compile("(?:<|<=|≤|=<|up to|bis|unter|jusqu'à)\\s*" + NUMBER);
    private static final Pattern AT_LEAST = Pattern.compile("(?:>|>=|≥|=>|über|ab)\\s*" + NUMBER);

    private RangeText() {
    }

    static Optional<ReferenceRange> parse(String text, Unit unit, char decimalMark) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = BETWEEN.matcher(s);
        if (m.matches()) {
            BigDecimal low = NumberText.parse(m.group(1), decimalMark);
            BigDecimal high = NumberText.parse(m.group(2), decimalMark);
            return low == null || high == null || low.compareTo(high) > 0
                    ? Optional.empty() : Optional.of(new ReferenceRange(low, high, unit));
        }
        m = AT_MOST.matcher(s);
        if (m.matches()) {
            BigDecimal high = NumberText.parse(m.group(1), decimalMark);
            return high == null ? Optional.empty() : Optional.of(new ReferenceRange(null, high, unit));
        }
        m = AT_LEAST.matcher(s);
        if (m.matches()) {
            BigDecimal low = NumberText.parse(m.group(1), decimalMark);
            return low == null ? Optional.empty() : Optional.of(new ReferenceRange(low, null, unit));
        }
        return Optional.empty();
    }

    /** The mark a range proves: by one of its numbers, or because only one reading puts low below high. */
    static @Nullable DecimalMark evidence(String text) {
        if (!DecimalEvidence.hasSeparator(text)) {
            return null;
        }
        for (String number : numbers(text)) {
            DecimalMark mark = DecimalEvidence.of(number);
            if (mark != null) {
                return mark;
            }
        }
        boolean point = parse(text, Unit.PERCENT, '.').isPresent();
        boolean comma = parse(text, Unit.PERCENT, ',').isPresent();
        if (point != comma) {
            return point ? DecimalMark.POINT : DecimalMark.COMMA;
        }
        return null;
    }

    /** True when the two marks give two different ranges. */
    static boolean readsDifferently(String text) {
        if (!DecimalEvidence.hasSeparator(text)) {
            return false;
        }
        return !parse(text, Unit.PERCENT, '.').equals(parse(text, Unit.PERCENT, ','));
    }

    private static List<String> numbers(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (Pattern pattern : List.of(BETWEEN, AT_MOST, AT_LEAST)) {
            Matcher m = pattern.matcher(s);
            if (m.matches()) {
                return m.groupCount() == 2 ? List.of(m.group(1), m.group(2)) : List.of(m.group(1));
            }
        }
        return List.of();
    }
}
