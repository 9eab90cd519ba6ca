package com.hpgdesk.lifestyle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's most recent value of every measure within a window of weeks, each with the week it was
 * recorded in, as an assessment reads them. A measure with nothing recorded in the window is absent: it is
 * missing, never read as a healthy value or as "no". Whether a value is too old to count is the reader's
 * judgement; the week is there for it.
 *
 * @param asOf the date the values are read for; weeks starting after it are left out
 * @param since the Monday of the earliest week taken into account
 */
public record LatestLifestyle(LocalDate asOf, LocalDate since, Map<LifestyleMeasure, LifestyleService.WeekValue> numbers,
                              Map<LifestyleMeasure, LifestyleService.WeekAnswer> answers) {

    public LatestLifestyle {
        numbers = Collections.unmodifiableMap(numbers.isEmpty() ? new EnumMap<>(LifestyleMeasure.class)
                : new EnumMap<>(numbers));
        answers = Collections.unmodifiableMap(answers.isEmpty() ? new EnumMap<>(LifestyleMeasure.class)
                : new EnumMap<>(answers));
    }

    /** Picks, for each measure, the newest of {@code weeks} that records it; weeks outside the window are ignored. */
    static LatestLifestyle of(LocalDate asOf, LocalDate since, List<LifestyleEntry> weeks) {
        var numbers = new EnumMap<LifestyleMeasure, LifestyleService.WeekValue>(LifestyleMeasure.class);
        var answers = new EnumMap<LifestyleMeasure, LifestyleService.WeekAnswer>(LifestyleMeasure.class);
        weeks.stream()
                .filter(week -> !week.getWeekOf().isBefore(since) && !week.getWeekOf().isAfter(asOf))
                .sorted((a, b) -> b.getWeekOf().compareTo(a.getWeekOf()))
                .forEach(week -> {
                    for (LifestyleMeasure measure : LifestyleMeasure.values()) {
                        if (measure.kind() == LifestyleMeasure.Kind.YES_NO) {
                            week.answer(measure).ifPresent(answer -> answers.putIfAbsent(measure,
                                    new LifestyleService.WeekAnswer(week.getWeekOf(), answer)));
                        } else {
                            week.number(measure).ifPresent(value -> numbers.putIfAbsent(measure,
                                    new LifestyleService.WeekValue(week.getWeekOf(), value)));
                        }
                    }
                });
        return new LatestLifestyle(asOf, since, numbers, answers);
    }

    /** The latest number of a numeric measure (typed or derived), in the measure's unit. */
    public Optional<LifestyleService.WeekValue> number(LifestyleMeasure measure) {
        return Optional.ofNullable(numbers.get(measure));
    }

    /** The latest answer to a yes/no measure; empty when not answered in the window, which is not "no". */
    public Optional<LifestyleService.WeekAnswer> answer(LifestyleMeasure measure) {
        return Optional.ofNullable(answers.get(measure));
    }

    /** The measures with nothing recorded in the window, in the order of {@link LifestyleMeasure}. */
    public List<LifestyleMeasure> missing() {
        return Arrays.stream(LifestyleMeasure.values())
                .filter(measure -> !numbers.containsKey(measure) && !answers.containsKey(measure))
                .toList();
    }
}
