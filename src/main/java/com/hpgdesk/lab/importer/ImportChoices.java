package com.hpgdesk.lab.importer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the clinician said about one file while previewing it; null where the file should decide.
 *
 * @param columns which column (0-based) holds each role a clinician assigns, when the header is not recognised
 */
public record ImportChoices(@Nullable DateOrder dateOrder, @Nullable DecimalMark decimalMark,
                            @Nullable Map<ColumnRole, Integer> columns) {

    public static final ImportChoices NONE = new ImportChoices(null, null, null);

    public ImportChoices {
        columns = columns == null ? null : Map.copyOf(columns);
    }

    public ImportChoices withDateOrder(@Nullable DateOrder order) {
        return new ImportChoices(order, decimalMark, columns);
    }

    public ImportChoices withDecimalMark(@Nullable DecimalMark mark) {
        return new ImportChoices(dateOrder, mark, columns);
    }

    public ImportChoices withColumns(@Nullable Map<ColumnRole, Integer> chosen) {
        return new ImportChoices(dateOrder, decimalMark, chosen);
    }
}
