package com.hpgdesk.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The drugs of each summary's active protocol as rows of {@code assessment_summary_drug} (V20), for the review's
 * drug filter to find through an index. Written in the summaries' own transaction, right after them.
 */
@Repository
class SummaryDrugs {

    private final NamedParameterJdbcTemplate jdbc;

    SummaryDrugs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(List<AssessmentSummary> summaries) {
        if (summaries.isEmpty()) {
            return;
        }
        jdbc.update("delete from assessment_summary_drug where patient_id in (:ids)",
                Map.of("ids", summaries.stream().map(AssessmentSummary::patientId).toList()));
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (var summary : summaries) {
            for (String drug : summary.protocolDrugs()) {
                rows.add(new MapSqlParameterSource("patient", summary.patientId()).addValue("drug", drug));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into assessment_summary_drug (patient_id, drug) values (:patient, :drug)",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
    }
}
