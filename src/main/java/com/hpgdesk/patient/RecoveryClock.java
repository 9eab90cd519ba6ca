package com.hpgdesk.patient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Time since the end of androgen treatment. The end is the last dose plus one dosing interval: until then
 * the last dose is still acting. This is the convention of the pooled recovery analyses (Liu et al.,
 * Lancet 2006), so the patient's clock lines up with the published recovery curves.
 *
 * <p>A man whose latest course has no last dose yet is {@linkplain State#ON_TREATMENT on treatment}: his
 * clock has no end of treatment, and every "since the end" figure is empty rather than a count that would
 * make him look as if he were recovering.
 */
public final class RecoveryClock {

    /** Average Gregorian month, so "months since" matches the months of the published curves. */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;
    public static final String SOURCE = "End of treatment = last dose + one dosing interval "
            + "(convention of the pooled analyses, Liu et al., Lancet 2006)";
    /** The short form lists and headers show for a man still taking androgens. */
    public static final String ON_TREATMENT = "On treatment";

    /** Where the man stands on the way from treatment to recovery. */
    public enum State {
        /** A course is ongoing: no last dose yet, so no end of treatment. */
        ON_TREATMENT,
        /** The last dose is recorded, but it still acts until one dosing interval has passed. */
        LAST_DOSE_ACTING,
        /** Treatment has ended: the clock counts the time since. */
        AFTER_TREATMENT
    }

    private final @Nullable LocalDate endOfTreatment;
    private final @Nullable LocalDate onTreatmentSince;
    private final LocalDate today;

    private RecoveryClock(@Nullable LocalDate endOfTreatment, @Nullable LocalDate onTreatmentSince, LocalDate today) {
        this.endOfTreatment = endOfTreatment;
        this.onTreatmentSince = onTreatmentSince;
        this.today = Objects.requireNonNull(today);
    }

    /** The clock of a treatment that ended (or ends) on the given day. */
    public static RecoveryClock endedOn(LocalDate endOfTreatment, LocalDate today) {
        return new RecoveryClock(Objects.requireNonNull(endOfTreatment), null, today);
    }

    /** The clock of a man still on treatment, taking the ongoing course since the given day. */
    public static RecoveryClock onTreatmentSince(LocalDate courseStarted, LocalDate today) {
        return new RecoveryClock(null, Objects.requireNonNull(courseStarted), today);
    }

    /**
     * The clock of a patient's courses, or empty when no course is recorded. An ongoing course puts the
     * patient on treatment whatever earlier courses ended when.
     */
    public static Optional<RecoveryClock> of(Collection<? extends TreatmentCourse> courses, LocalDate today) {
        var ongoing = courses.stream()
                .filter(TreatmentCourse::isOngoing)
                .map(TreatmentCourse::getStartedOn)
                .min(Comparator.naturalOrder());
        if (ongoing.isPresent()) {
            return Optional.of(onTreatmentSince(ongoing.get(), today));
        }
        return courses.stream()
                .flatMap(course -> course.endOfTreatment().stream())
                .max(LocalDate::compareTo)
                .map(end -> endedOn(end, today));
    }

    public static LocalDate endOf(LocalDate lastDose, int dosingIntervalDays) {
        return lastDose.plusDays(dosingIntervalDays);
    }

    public State state() {
        if (endOfTreatment == null) {
            return State.ON_TREATMENT;
        }
        return today.isBefore(endOfTreatment) ? State.LAST_DOSE_ACTING : State.AFTER_TREATMENT;
    }

    /** True while a course is ongoing (no last dose recorded): there is no end of treatment to count from. */
    public boolean isOnTreatment() {
        return state() == State.ON_TREATMENT;
    }

    /** True when the last dose is recorded but has not yet worn off. */
    public boolean isLastDoseStillActing() {
        return state() == State.LAST_DOSE_ACTING;
    }

    /** True once treatment has ended, i.e. when "time since the end" means recovery time. */
    public boolean isAfterTreatment() {
        return state() == State.AFTER_TREATMENT;
    }

    /** The end of treatment; empty while on treatment. */
    public Optional<LocalDate> endOfTreatment() {
        return Optional.ofNullable(endOfTreatment);
    }

    /** The first dose of the ongoing course; empty unless on treatment. */
    public Optional<LocalDate> onTreatmentSince() {
        return Optional.ofNullable(onTreatmentSince);
    }

    public LocalDate today() {
        return today;
    }

    /** The same clock read on another day, e.g. the day a sample was taken. */
    public RecoveryClock on(LocalDate day) {
        return new RecoveryClock(endOfTreatment, onTreatmentSince, day);
    }

    /** Days since the end of treatment, negative while the last dose still acts; empty while on treatment. */
    public OptionalLong daysSinceEnd() {
        return endOfTreatment == null ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(endOfTreatment, today));
    }

    /** Whole weeks since the end of treatment; empty while on treatment. */
    public OptionalLong weeksSinceEnd() {
        var days = daysSinceEnd();
        return days.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Math.floorDiv(days.getAsLong(), 7));
    }

    /** Months (of {@link #DAYS_PER_MONTH}) since the end of treatment; empty while on treatment. */
    public OptionalDouble monthsSinceEnd() {
        var days = daysSinceEnd();
        return days.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(days.getAsLong() / DAYS_PER_MONTH);
    }

    /** The few words a list column or a header shows: "On treatment", "Last dose acting" or "18 weeks". */
    public String shortText() {
        return switch (state()) {
            case ON_TREATMENT -> ON_TREATMENT;
            case LAST_DOSE_ACTING -> "Last dose acting";
            case AFTER_TREATMENT -> weeks(weeksSinceEnd().orElseThrow());
        };
    }

    /** Plain words for the page, e.g. "18 weeks (4.1 months) since the end of treatment". */
    public String describe() {
        return switch (state()) {
            case ON_TREATMENT -> "On treatment: the latest course has no last dose yet, so recovery has not begun";
            case LAST_DOSE_ACTING -> {
                long days = -daysSinceEnd().orElseThrow();
                yield "Last dose still acting: treatment ends in " + days + (days == 1 ? " day" : " days");
            }
            case AFTER_TREATMENT -> weeks(weeksSinceEnd().orElseThrow())
                    + String.format(Locale.ROOT, " (%.1f months)", monthsSinceEnd().orElseThrow())
                    + " since the end of treatment";
        };
    }

    private static String weeks(long weeks) {
        return weeks + (weeks == 1 ? " week" : " weeks");
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RecoveryClock clock && Objects.equals(endOfTreatment, clock.endOfTreatment)
                && Objects.equals(onTreatmentSince, clock.onTreatmentSince) && today.equals(clock.today);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endOfTreatment, onTreatmentSince, today);
    }

    @Override
    public String toString() {
        return "RecoveryClock[" + state() + ", end " + endOfTreatment + ", on treatment since " + onTreatmentSince
                + ", today " + today + "]";
    }

    /** What a course contributes to the clock. */
    public interface TreatmentCourse {

        LocalDate getStartedOn();

        /** The last dose plus one dosing interval; empty while the course is ongoing. */
        Optional<LocalDate> endOfTreatment();

        default boolean isOngoing() {
            return endOfTreatment().isEmpty();
        }
    }
}
