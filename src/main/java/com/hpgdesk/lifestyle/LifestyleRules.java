package com.hpgdesk.lifestyle;

import com.hpgdesk.base.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Checks a week's entry against the plausible bounds, with a message at each field naming bound and unit. */
final class LifestyleRules {

    static final String WEEK_FIELD = "weekOf";
    static final String ENTRY_FIELD = "entry";
    static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private LifestyleRules() {
    }

    /** The Monday that starts the week of {@code day}: the one date an entry is kept under. */
    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static InvalidInputException.Collector check(LifestyleDetails details, LocalDate today, LifestyleLimits limits) {
        var problems = new InvalidInputException.Collector();
        LocalDate weekOf = details.weekOf();
        if (weekOf == null) {
            problems.reject(WEEK_FIELD, "Choose the week this entry is about.");
        } else if (weekStart(weekOf).isAfter(weekStart(today))) {
            problems.reject(WEEK_FIELD, "The week cannot be after this week (starting "
                    + SHOWN_DATE.format(weekStart(today)) + ").");
        }
        details.numbers().forEach((measure, value) -> {
            if (measure.kind() != LifestyleMeasure.Kind.NUMBER) {
                problems.reject(measure.key(), measure.label() + " is worked out, not typed.");
                return;
            }
            var bounds = limits.of(measure).orElseThrow();
            if (value.compareTo(bounds.low()) < 0 || value.compareTo(bounds.high()) > 0) {
                problems.reject(measure.key(), measure.label() + " must be between " + bounds.low().toPlainString()
                        + " and " + bounds.high().toPlainString() + " " + measure.unitPhrase() + ".");
            } else if (value.stripTrailingZeros().scale() > bounds.decimals()) {
                problems.reject(measure.key(), bounds.decimals() == 0
                        ? measure.label() + " must be a whole number."
                        : measure.label() + " takes at most " + bounds.decimals()
                                + (bounds.decimals() == 1 ? " decimal place." : " decimal places."));
            }
        });
        details.answers().keySet().stream()
                .filter(measure -> measure.kind() != LifestyleMeasure.Kind.YES_NO)
                .forEach(measure -> problems.reject(measure.key(), measure.label() + " is a number, not yes or no."));
        if (details.isEmpty()) {
            problems.reject(ENTRY_FIELD, "Record at least one value for the week.");
        }
        return problems;
    }
}
