package com.hpgdesk.lab;

import com.hpgdesk.base.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a derived marker treats inputs that are limits of the assay. Each formula here is monotonic in every
 * input, so a censored input gives a bound on the result when all censored inputs push the same way, and
 * nothing at all when they push opposite ways.
 */
final class CensoredInputs {

    private final String result;
    private final List<Censoring> directions = new ArrayList<>();
    private final List<String> censored = new ArrayList<>();

    /** @param result what is calculated, as a sentence subject: "The ratio" */
    CensoredInputs(String result) {
        this.result = result;
    }

    /** An input the result rises with. */
    CensoredInputs rising(String name, ReportedValue value) {
        return add(name, value, value.censoring());
    }

    /** An input the result falls as it rises, so its upper bound gives a lower bound of the result. */
    CensoredInputs falling(String name, ReportedValue value) {
        return add(name, value, value.censoring().reversed());
    }

    private CensoredInputs add(String name, ReportedValue value, Censoring direction) {
        directions.add(direction);
        if (value.isCensored()) {
            censored.add(name + " " + value);
        }
        return this;
    }

    /**
     * Exact when no input is censored, else the bound the result is.
     *
     * @throws InvalidInputException at {@code field} when the censored inputs pull opposite ways
     */
    Censoring resultCensoring(String field) {
        return Censoring.combined(directions.toArray(Censoring[]::new)).orElseThrow(() -> InvalidInputException.of(field,
                String.join(" and ", censored) + " are limits of the assay that pull " + lowerFirst(result)
                        + " in opposite directions, so it could be any value."));
    }

    /** The sentence to show next to a bound, or nothing for an exact result. */
    List<String> caveats(Censoring resultCensoring) {
        if (!resultCensoring.isCensored()) {
            return List.of();
        }
        String which = resultCensoring.isUpperBound() ? "at most" : "at least";
        return List.of(String.join(" and ", censored) + (censored.size() == 1 ? " is a limit" : " are limits")
                + " of the assay, not a measured value: " + lowerFirst(result) + " is only known to be " + which
                + " the number shown.");
    }

    private static String lowerFirst(String text) {
        // "HOMA-IR" stays as it is; "The ratio" becomes "the ratio".
        if (text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
