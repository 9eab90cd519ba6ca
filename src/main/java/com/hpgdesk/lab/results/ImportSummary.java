package com.hpgdesk.lab.results;

import java.util.List;

/**
 * What an import saved.
 *
 * @param alreadyImported rows skipped because the patient already has that result (also those imported by
 *     someone else between preview and commit)
 * @param reportIds the reports created, one per collection date
 */
public record ImportSummary(int saved, int alreadyImported, int rejected, List<Long> reportIds) {

    public ImportSummary {
        reportIds = List.copyOf(reportIds);
    }
}
