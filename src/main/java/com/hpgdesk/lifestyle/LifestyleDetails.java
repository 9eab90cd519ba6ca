package com.hpgdesk.lifestyle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is typed for one week. Every measure is optional: a week may record only sleep. Numbers are in
 * the unit of their {@link LifestyleMeasure}.
 *
 * @param weekOf any day of the week; the entry is kept under that week's Monday
 */
public record LifestyleDetails(@Nullable LocalDate weekOf, Map<LifestyleMeasure, BigDecimal> numbers,
                               Map<LifestyleMeasure, Boolean> answers) {

    public LifestyleDetails {
        numbers = Collections.unmodifiableMap(numbers.isEmpty() ? new EnumMap<>(LifestyleMeasure.class)
                : new EnumMap<>(numbers));
        answers = Collections.unmodifiableMap(answers.isEmpty() ? new EnumMap<>(LifestyleMeasure.class)
                : new EnumMap<>(answers));
    }

    public static LifestyleDetails weekOf(@Nullable LocalDate weekOf) {
        return new LifestyleDetails(weekOf, Map.of(), Map.of());
    }

    /** A copy with {@code measure} set, or cleared when {@code value} is null. */
    public LifestyleDetails with(LifestyleMeasure measure, @Nullable BigDecimal value) {
        var more = new EnumMap<LifestyleMeasure, BigDecimal>(LifestyleMeasure.class);
        more.putAll(numbers);
        if (value == null) {
            more.remove(measure);
        } else {
            more.put(measure, value);
        }
        return new LifestyleDetails(weekOf, more, answers);
    }

    public LifestyleDetails with(LifestyleMeasure measure, String value) {
        return with(measure, new BigDecimal(value));
    }

    /** A copy with the yes/no {@code measure} answered, or cleared when {@code answer} is null. */
    public LifestyleDetails answer(LifestyleMeasure measure, @Nullable Boolean answer) {
        var more = new EnumMap<LifestyleMeasure, Boolean>(LifestyleMeasure.class);
        more.putAll(answers);
        if (answer == null) {
            more.remove(measure);
        } else {
            more.put(measure, answer);
        }
        return new LifestyleDetails(weekOf, numbers, more);
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && answers.isEmpty();
    }
}
