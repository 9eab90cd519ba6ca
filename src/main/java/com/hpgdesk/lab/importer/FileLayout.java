package com.hpgdesk.lab.importer;

import java.util.List;
import java.util.Map;

/**
 * A file's header and which column holds what.
 *
 * @param key identifies the layout however its names are spaced or cased (see {@link LabConventions#layoutKey})
 * @param columns the column (0-based) of each role found or chosen
 * @param firstRows the first data rows split into cells, to show a clinician who has to say which column is which
 */
public record FileLayout(List<String> header, String key, Map<ColumnRole, Integer> columns, ColumnsStatus status,
                         List<List<String>> firstRows) {

    public FileLayout {
        header = List.copyOf(header);
        columns = Map.copyOf(columns);
        firstRows = firstRows.stream().map(List::copyOf).toList();
    }

    public boolean needsColumns() {
        return status == ColumnsStatus.UNKNOWN;
    }
}
