package com.hpgdesk.protocol;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The unit each drug is dosed in, the largest single dose that is still plausible and the largest weekly
 * amount, with whom that weekly figure comes from. The figures live in the database ({@code drug_dose_limit})
 * so a practice can tune them; they catch slips such as 30,000 IU typed for 3,000 IU, or "twice daily" chosen
 * for "twice weekly", and are not dosing advice.
 */
public final class DoseLimits {

    /** Longest free text a dosing may carry; matches the columns. */
    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 200;
    private static final BigDecimal LARGEST_STORABLE = new BigDecimal("999999999");

    /**
     * @param maxPerWeek in {@code unit}; null when the practice keeps no weekly maximum for the drug
     * @param weeklySource who says so, shown in the refusal; present whenever {@code maxPerWeek} is
     */
    public record Limit(DoseUnit unit, BigDecimal maxPerDose, @Nullable BigDecimal maxPerWeek,
                        @Nullable String weeklySource) {

        /** A limit on single doses only. */
        public Limit(DoseUnit unit, BigDecimal maxPerDose) {
            this(unit, maxPerDose, null, null);
        }
    }

    private final Map<Drug, Limit> limits;

    private DoseLimits(Map<Drug, Limit> limits) {
        this.limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
    }

    public static DoseLimits of(Map<Drug, Limit> limits) {
        return new DoseLimits(limits);
    }

    public Optional<Limit> of(Drug drug) {
        return Optional.ofNullable(limits.get(drug));
    }

    /** Reports every problem of one dosing, keyed by the names of the {@link DosingInput} parts. */
    void check(DosingInput input, InvalidInputException.Collector problems) {
        var drug = input.drug();
        if (drug == null) {
            problems.reject("drug", "Choose the drug.");
        } else if (drug == Drug.OTHER && isBlank(input.otherName())) {
            problems.reject("otherName", "Name the drug.");
        }
        if (input.otherName() != null && input.otherName().strip().length() > MAX_NAME) {
            problems.reject("otherName", "Keep the drug name to " + MAX_NAME + " characters or fewer.");
        }
        var unit = input.unit();
        if (unit == null) {
            problems.reject("unit", "Choose the unit.");
        }
        var dose = input.dose();
        if (dose == null) {
            problems.reject("dose", "Enter the dose.");
        } else if (dose.signum() <= 0) {
            problems.reject("dose", "The dose must be more than zero.");
        } else if (dose.stripTrailingZeros().scale() > 3) {
            problems.reject("dose", "Use at most three decimal places.");
        } else if (dose.compareTo(LARGEST_STORABLE) > 0) {
            problems.reject("dose", "This dose is too large to be real. Check the dose.");
        }
        if (drug != null && unit != null) {
            var limit = limits.get(drug);
            if (limit != null && limit.unit() != unit) {
                problems.reject("unit", drug.label() + " is dosed in " + limit.unit().label() + ", not in "
                        + unit.label() + ".");
            } else if (limit != null && dose != null && dose.compareTo(limit.maxPerDose()) > 0) {
                problems.reject("dose", Dosing.amount(dose) + " " + unit.label() + " per dose is more than the "
                        + "plausible maximum of " + Dosing.amount(limit.maxPerDose()) + " " + unit.label()
                        + " for " + drug.label() + ". Check the dose.");
            } else if (limit != null && dose != null && !problems.has("dose") && input.frequency() != null) {
                checkWeeklyAmount(drug, dose, unit, input.frequency(), limit, problems);
            }
        }
        if (input.route() == null) {
            problems.reject("route", "Choose how it is given.");
        }
        if (input.frequency() == null) {
            problems.reject("frequency", "Choose how often.");
        } else if (input.frequency() == Frequency.AS_DIRECTED && isBlank(input.frequencyNote())) {
            problems.reject("frequencyNote", "Say how often, since the schedule is 'as directed'.");
        }
        if (input.frequencyNote() != null && input.frequencyNote().strip().length() > MAX_NOTE) {
            problems.reject("frequencyNote", "Keep the note to " + MAX_NOTE + " characters or fewer.");
        }
    }

    /**
     * The schedule's weekly amount (dose × doses per week; every other day counts 3.5) against the drug's weekly
     * maximum. An "as directed" schedule has no computable weekly amount and is left to the note.
     */
    private static void checkWeeklyAmount(Drug drug, BigDecimal dose, DoseUnit unit, Frequency frequency, Limit limit,
            InvalidInputException.Collector problems) {
        var maxPerWeek = limit.maxPerWeek();
        if (maxPerWeek == null || frequency.dosesPerWeek().signum() == 0) {
            return;
        }
        var weekly = weeklyAmount(dose, frequency);
        if (weekly.compareTo(maxPerWeek) > 0) {
            problems.reject("frequency", Dosing.amount(dose) + " " + unit.label() + " "
                    + frequency.label().toLowerCase(Locale.ROOT) + " comes to " + Dosing.amount(weekly) + " "
                    + unit.label() + " a week, more than the weekly maximum of " + Dosing.amount(maxPerWeek) + " "
                    + unit.label() + " for " + drug.label() + " (" + limit.weeklySource() + "). Check the dose and "
                    + "how often it is given.");
        }
    }

    /** Dose × doses per week, in the dose's unit. */
    public static BigDecimal weeklyAmount(BigDecimal dose, Frequency frequency) {
        return dose.multiply(frequency.dosesPerWeek());
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
