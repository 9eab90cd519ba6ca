package com.hpgdesk.lab.results;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A saved lab report with its results that are not deleted. */
public record StoredReport(
        long id,
        long version,
        LocalDate collectedOn,
        @Nullable String labName,
        ReportSource source,
        List<StoredResult> results) {

    public StoredReport {
        results = List.copyOf(results);
    }
}
