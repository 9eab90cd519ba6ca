package com.hpgdesk.patient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * Time since the end of androgen treatment. The end is the last dose plus one dosing interval: until then
 * the last dose is still acting. This is the convention of the pooled recovery analyses (Liu et al.,
 * Lancet 2006), so the patient's clock lines up with the published recovery curves.
 *
 * @param endOfTreatment the latest end over all courses
 * @param today the date the clock is read at
 */
public record RecoveryClock(LocalDate endOfTreatment, LocalDate today) {

    /** Average Gregorian month, so "months since" matches the months of the published curves. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;
    public static final String SOURCE = "End of treatment = last dose + one dosing interval "
            + "(convention of the pooled analyses, Liu et al., Lancet 2006)";

    /** The clock of a patient's courses, or empty when no course is recorded. */
    public static Optional<RecoveryClock> of(Collection<? extends TreatmentCourse> courses, LocalDate today) {
        return courses.stream()
                .map(TreatmentCourse::endOfTreatment)
                .max(LocalDate::compareTo)
                .map(end -> new RecoveryClock(end, today));
    }

    public static LocalDate endOf(LocalDate lastDose, int dosingIntervalDays) {
        return lastDose.plusDays(dosingIntervalDays);
    }

    /** Days since the end of treatment; negative while the last dose is still acting. */
    public long daysSinceEnd() {
        return ChronoUnit.DAYS.between(endOfTreatment, today);
    }

    public boolean stillOnTreatment() {
        return daysSinceEnd() < 0;
    }

    public long weeksSinceEnd() {
        return Math.floorDiv(daysSinceEnd(), 7);
    }

    public double monthsSinceEnd() {
        return daysSinceEnd() / DAYS_PER_MONTH;
    }

    /** Plain words for the page, e.g. "18 weeks (4.1 months) since the end of treatment". */
    public String describe() {
        if (stillOnTreatment()) {
            long days = -daysSinceEnd();
            return "Last dose still acting: treatment ends in " + days + (days == 1 ? " day" : " days");
        }
        long weeks = weeksSinceEnd();
        return weeks + (weeks == 1 ? " week" : " weeks") + String.format(java.util.Locale.ROOT, " (%.1f months)",
                monthsSinceEnd()) + " since the end of treatment";
    }

    /** What a course contributes to the clock. */
    public interface TreatmentCourse {
        LocalDate endOfTreatment();
    }
}
