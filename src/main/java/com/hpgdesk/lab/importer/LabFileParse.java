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
 * @param layout the header and its columns, or null when the file has no header row to read
 * @param decimalMark the mark numbers were read with, or null when it could not be decided
 * @param unknownNames test names no one has told the desk about yet, for a clinician to map to markers
 */
public record LabFileParse(
        @Nullable String fileProblem,
        List<RowOutcome> rows,
        @Nullable Character delimiter,
        DateOrderStatus dateOrderStatus,
        @Nullable DateOrder dateOrder,
        @Nullable FileLayout layout,
        DecimalMarkStatus decimalMarkStatus,
        @Nullable DecimalMark decimalMark,
        List<UnknownName> unknownNames) {

    public LabFileParse {
        rows = List.copyOf(rows);
        unknownNames = List.copyOf(unknownNames);
    }

    static LabFileParse unreadable(String problem) {
        return unreadable(problem, null, null);
    }

    static LabFileParse unreadable(String problem, @Nullable Character delimiter, @Nullable FileLayout layout) {
        return new LabFileParse(problem, List.of(), delimiter, DateOrderStatus.NOT_NEEDED, null, layout,
                DecimalMarkStatus.NOT_NEEDED, null, List.of());
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

    /** True when the caller must say whether the file writes a decimal point or comma and parse again. */
    public boolean needsDecimalMark() {
        return decimalMarkStatus == DecimalMarkStatus.AMBIGUOUS;
    }

    /** True when the caller must say which column holds what and parse again. */
    public boolean needsColumns() {
        return layout != null && layout.needsColumns();
    }
}
