package com.hpgdesk.lab.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a cumulative view of a patient's labs needs, read at once: the reports that are not deleted
 * (newest collection date first) and the markers derived from each collection date.
 *
 * @param derived by collection date; every date of {@code reports} has an entry
 */
public record CumulativeResults(List<StoredReport> reports, Map<LocalDate, DerivedMarkers> derived) {

    public CumulativeResults {
        reports = List.copyOf(reports);
        derived = Map.copyOf(derived);
    }

    /** Every result of every report, newest collection date first. */
    public List<StoredResult> results() {
        return reports.stream().flatMap(report -> report.results().stream()).toList();
    }
}
