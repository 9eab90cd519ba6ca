package com.hpgdesk.lab.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads sample dates: ISO (2026-03-14, also 2026/03/14), dotted (14.03.2026, always day first in the
 * countries that write it) and slash or dash with the year last (14/03/2026 or 03/14/2026), whose order
 * is decided per file. A time after the date is ignored.
 */
final class CollectionDates {

    private static final String TIME = "(?:[ T].*)?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME);
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})" + TIME);

    private CollectionDates() {
    }

    /** For a date whose reading depends on the order: which order it proves, or null if it fits both or neither. */
    static @Nullable DateOrder evidence(String text) {
        Matcher m = YEAR_LAST.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (second > 12 && first <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return null;
    }

    static boolean dependsOnOrder(String text) {
        return YEAR_LAST.matcher(text.strip()).matches();
    }

    /** A date or a description of what is wrong with it. */
    sealed interface Reading permits Reading.Ok, Reading.Problem {
        record Ok(LocalDate date) implements Reading {
        }

        record Problem(String reason) implements Reading {
        }
    }

    /** @param order how to read slash dates; null when the file's order is unknown */
    static Reading read(String raw, @Nullable DateOrder order) {
        String text = raw.strip();
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return date(raw, m.group(1), m.group(2), m.group(3));
        }
        m = DOTTED.matcher(text);
        if (m.matches()) {
            return date(raw, m.group(3), m.group(2), m.group(1));
        }
        m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            if (order == null) {
                return new Reading.Problem("date \"" + quoted(raw) + "\" can be read day-first or month-first; "
                        + "choose the date order of this file");
            }
            return order == DateOrder.DAY_FIRST
                    ? date(raw, m.group(3), m.group(2), m.group(1))
                    : date(raw, m.group(3), m.group(1), m.group(2));
        }
        return new Reading.Problem("date \"" + quoted(raw) + "\" is not a date this importer reads "
                + "(2026-03-14, 14.03.2026, 14/03/2026 or 03/14/2026)");
    }

    private static Reading date(String raw, String year, String month, String day) {
        try {
            return new Reading.Ok(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return new Reading.Problem("date \"" + quoted(raw) + "\" does not exist");
        }
    }

    /** Keeps messages short when a field is garbage. */
    static String quoted(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
