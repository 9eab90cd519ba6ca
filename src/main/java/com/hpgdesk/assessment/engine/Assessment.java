package com.hpgdesk.assessment.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Both tables for one man as of one date, and the rules version that produced them.
 *
 * @param comparedWith the date of the previous assessment the changes are read against, if any
 * @param statusEvidence the values the recovery status was read from
 * @param latestData the newest date of any input the assessment could see, if any
 */
public record Assessment(LocalDate assessedOn, @Nullable LocalDate comparedWith, String rulesVersion,
                         RecoveryStatus status, String statusExplanation, List<Evidence> statusEvidence,
                         List<AssessedTable> tables, @Nullable LocalDate latestData) {

    public Stream<AssessedRow> rows() {
        return tables.stream().flatMap(table -> table.rows().stream());
    }

    public Optional<AssessedRow> row(String key) {
        return rows().filter(row -> row.key().equals(key)).findFirst();
    }

    public long count(Verdict verdict) {
        return rows().filter(row -> row.verdict() == verdict).count();
    }
}
