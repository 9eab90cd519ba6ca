package com.hpgdesk.lab.importer;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the importer found in one file. A file-level problem (empty, not text, no usable header)
 * means no rows were read; otherwise each data row has an outcome, in file order.
 *
 * @param delimiter the column separator detected, or null when the file could not be read
 * @param dateOrder the order used for slash dates, or null when none was needed or it could not be decided
 */
public record LabFileParse(
        @Nullable String fileProblem,
        List<RowOutcome> rows,
        @Nullable Character delimiter,
        DateOrderStatus dateOrderStatus,
        @Nullable DateOrder dateOrder) {

    public LabFileParse {
        rows = List.copyOf(rows);
    }

    static LabFileParse unreadable(String problem) {
        return new LabFileParse(problem, List.of(), null, DateOrderStatus.NOT_NEEDED, null);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(fileProblem);
    }

    public List<RowOutcome.Accepted> accepted() {
        return rows.stream().filter(RowOutcome.Accepted.class::isInstance).map(RowOutcome.Accepted.class::cast).toList();
    }

    public List<RowOutcome.Rejected> rejected() {
        return rows.stream().filter(RowOutcome.Rejected.class::isInstance).map(RowOutcome.Rejected.class::cast).toList();
    }

    /** True when the caller must say whether slash dates are day first or month first and parse again. */
    public boolean needsDateOrder() {
        return dateOrderStatus == DateOrderStatus.AMBIGUOUS || dateOrderStatus == DateOrderStatus.CONFLICTING;
    }
}
