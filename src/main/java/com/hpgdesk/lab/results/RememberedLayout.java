package com.hpgdesk.lab.results;

import com.hpgdesk.lab.importer.ColumnRole;
import java.time.Instant;
import java.util.Map;

/** Which column holds what in files with this header, as a clinician said; for the practice lead's review. */
public record RememberedLayout(long id, String header, Map<ColumnRole, Integer> columns, String changedBy,
                               Instant changedAt) {

    public RememberedLayout {
        columns = Map.copyOf(columns);
    }
}
