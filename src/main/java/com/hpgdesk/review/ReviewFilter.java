package com.hpgdesk.review;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.protocol.Drug;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What the review shows: whose patients, which status, flag and drug, how long since the end of treatment, a
 * search text, and the order. Written to and read from the address's query parameters, so a view can be
 * bookmarked and shared; a parameter that makes no sense is ignored rather than refused.
 *
 * @param mine only the signed-in clinician's patients
 * @param minMonths whole months since the end of treatment, at least
 * @param maxMonths whole months since the end of treatment, at most
 */
public record ReviewFilter(boolean mine, @Nullable Long clinicianId, @Nullable RecoveryStatus status,
                           @Nullable ReviewFlag flag, @Nullable Drug drug, @Nullable Integer minMonths,
                           @Nullable Integer maxMonths, String text, ReviewColumn sortBy, boolean descending) {

    public static final ReviewFilter ALL = new ReviewFilter(false, null, null, null, null, null, null, "",
            ReviewColumn.NEXT_LABS_DUE, false);

    public ReviewFilter {
        text = text.strip();
    }

    public ReviewFilter withMine(boolean value) {
        return new ReviewFilter(value, clinicianId, status, flag, drug, minMonths, maxMonths, text, sortBy, descending);
    }

    public ReviewFilter withClinician(@Nullable Long value) {
        return new ReviewFilter(mine, value, status, flag, drug, minMonths, maxMonths, text, sortBy, descending);
    }

    public ReviewFilter withStatus(@Nullable RecoveryStatus value) {
        return new ReviewFilter(mine, clinicianId, value, flag, drug, minMonths, maxMonths, text, sortBy, descending);
    }

    public ReviewFilter withFlag(@Nullable ReviewFlag value) {
        return new ReviewFilter(mine, clinicianId, status, value, drug, minMonths, maxMonths, text, sortBy, descending);
    }

    public ReviewFilter withDrug(@Nullable Drug value) {
        return new ReviewFilter(mine, clinicianId, status, flag, value, minMonths, maxMonths, text, sortBy, descending);
    }

    public ReviewFilter withMonths(@Nullable Integer min, @Nullable Integer max) {
        return new ReviewFilter(mine, clinicianId, status, flag, drug, min, max, text, sortBy, descending);
    }

    public ReviewFilter withText(String value) {
        return new ReviewFilter(mine, clinicianId, status, flag, drug, minMonths, maxMonths, value, sortBy, descending);
    }

    public ReviewFilter sortedBy(ReviewColumn column, boolean inDescendingOrder) {
        return new ReviewFilter(mine, clinicianId, status, flag, drug, minMonths, maxMonths, text, column,
                inDescendingOrder);
    }

    /** The query parameters of this filter; the defaults are left out, so the plain address is the whole list. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (mine) {
            parameters.put("mine", List.of("1"));
        }
        put(parameters, "clinician", clinicianId);
        put(parameters, "status", status == null ? null : status.name().toLowerCase(Locale.ROOT));
        put(parameters, "flag", flag == null ? null : flag.urlKey());
        put(parameters, "drug", drug == null ? null : drug.name().toLowerCase(Locale.ROOT));
        put(parameters, "from", minMonths);
        put(parameters, "to", maxMonths);
        put(parameters, "q", text.isEmpty() ? null : text);
        if (sortBy != ALL.sortBy || descending != ALL.descending) {
            parameters.put("sort", List.of((descending ? "-" : "") + sortBy.urlKey()));
        }
        return parameters;
    }

    public static ReviewFilter fromParameters(Map<String, List<String>> parameters) {
        var sort = first(parameters, "sort").orElse("");
        boolean descending = sort.startsWith("-");
        var column = ReviewColumn.ofUrlKey(descending ? sort.substring(1) : sort);
        return new ReviewFilter(
                first(parameters, "mine").filter("1"::equals).isPresent(),
                first(parameters, "clinician").flatMap(ReviewFilter::number).orElse(null),
                first(parameters, "status").flatMap(value -> named(RecoveryStatus.class, value)).orElse(null),
                first(parameters, "flag").flatMap(ReviewFlag::ofUrlKey).orElse(null),
                first(parameters, "drug").flatMap(value -> named(Drug.class, value)).orElse(null),
                first(parameters, "from").flatMap(ReviewFilter::months).orElse(null),
                first(parameters, "to").flatMap(ReviewFilter::months).orElse(null),
                first(parameters, "q").orElse(""),
                column.orElse(ALL.sortBy), column.isPresent() && descending);
    }

    /** The filter in words, for the audit trail and the export's file: never a patient's data. */
    public String describe() {
        var words = new StringJoiner(", ");
        words.add(mine ? "my patients" : "all patients");
        if (clinicianId != null) {
            words.add("clinician #" + clinicianId);
        }
        if (status != null) {
            words.add("status " + status.label());
        }
        if (flag != null) {
            words.add("flag " + flag.label());
        }
        if (drug != null) {
            words.add("drug " + drug.label());
        }
        if (minMonths != null || maxMonths != null) {
            words.add("months since end of treatment " + (minMonths == null ? "0" : minMonths) + "–"
                    + (maxMonths == null ? "any" : maxMonths));
        }
        if (!text.isEmpty()) {
            words.add("search \u201c" + text + "\u201d");
        }
        words.add("sorted by " + sortBy.urlKey() + (descending ? " descending" : ""));
        return words.toString();
    }

    private static void put(Map<String, List<String>> parameters, String key, @Nullable Object value) {
        if (value != null) {
            parameters.put(key, List.of(value.toString()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String key) {
        return parameters.getOrDefault(key, new ArrayList<>()).stream().map(String::strip)
                .filter(value -> !value.isEmpty()).findFirst();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> months(String text) {
        return number(text).filter(value -> value >= 0 && value <= 600).map(Long::intValue);
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
