package com.hpgdesk.lifestyle.ui;

import com.hpgdesk.lifestyle.LifestyleEntry;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the panel writes dates and values, the same in the grid, the trend table and the dialog. */
final class LifestylePanelFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private LifestylePanelFormat() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "7.5 h/night", "Yes", or an empty cell when not recorded. */
    static String value(LifestyleEntry entry, LifestyleMeasure measure) {
        if (measure.kind() == LifestyleMeasure.Kind.YES_NO) {
            return entry.answer(measure).map(answer -> answer ? "Yes" : "No").orElse("");
        }
        return entry.number(measure).map(number -> switch (measure) {
            // Ratings read as a score out of their scale, not with the scale's wording appended.
            case STRESS -> number.toPlainString() + " / 10";
            case SLEEP_QUALITY -> number.toPlainString() + " / 5";
            case PSS10 -> number.toPlainString() + " / 40";
            default -> number.toPlainString() + " " + measure.unit();
        }).orElse("");
    }

    /** "GI symptoms: yes · Sleep apnoea suspected: no": only the questions answered; the rest were not asked. */
    static String answers(LifestyleEntry entry) {
        return Arrays.stream(LifestyleMeasure.values())
                .filter(measure -> measure.kind() == LifestyleMeasure.Kind.YES_NO)
                .flatMap(measure -> entry.answer(measure)
                        .map(answer -> measure.label() + ": " + (answer ? "yes" : "no")).stream())
                .collect(Collectors.joining(" · "));
    }
}
