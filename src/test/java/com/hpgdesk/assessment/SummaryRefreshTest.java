package com.hpgdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.security.SystemActor;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Summaries follow the calendar: the nightly (and start-up) refresh re-assesses exactly the patients whose
 * summary is missing, older than today or from another rules version, and leaves current ones alone.
 */
@DeskSpringTest
class SummaryRefreshTest {

    @Autowired
    SummaryRefresh refresh;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reassessesOnlyTheSummariesThatNoLongerHoldToday() {
        refresh.refreshOutdated();
        assertThat(refresh.refreshOutdated()).as("every summary is current after one pass").isZero();

        List<Long> ids = jdbc.queryForList("select patient_id from assessment_summary order by patient_id", Long.class);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        long yesterdays = ids.get(0);
        long oldRules = ids.get(1);
        long missing = ids.get(2);
        LocalDate today = SystemActor.call(assessments::today);
        RecoveryStatus truth = SystemActor.call(() -> assessments.summary(yesterdays)).orElseThrow().status();
        RecoveryStatus wrong = truth == RecoveryStatus.RECOVERED ? RecoveryStatus.DELAYED : RecoveryStatus.RECOVERED;
        // Yesterday's reading, which a passing milestone would have changed.
        jdbc.update("update assessment_summary set assessed_on = ?, status = ? where patient_id = ?",
                Date.valueOf(today.minusDays(1)), wrong.name(), yesterdays);
        jdbc.update("update assessment_summary set rules_version = 'retired-0' where patient_id = ?", oldRules);
        jdbc.update("delete from assessment_summary_drug where patient_id = ?", missing);
        jdbc.update("delete from assessment_summary where patient_id = ?", missing);

        assertThat(refresh.refreshOutdated()).isEqualTo(3);

        var reassessed = SystemActor.call(() -> assessments.summary(yesterdays)).orElseThrow();
        assertThat(reassessed.assessedOn()).isEqualTo(today);
        assertThat(reassessed.status()).isEqualTo(truth);
        assertThat(SystemActor.call(() -> assessments.summary(oldRules)).orElseThrow().rulesVersion())
                .isEqualTo(SystemActor.call(assessments::rules).version());
        assertThat(SystemActor.call(() -> assessments.summary(missing))).isPresent();
        assertThat(refresh.refreshOutdated()).isZero();
    }
}
