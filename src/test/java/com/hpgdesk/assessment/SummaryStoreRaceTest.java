package com.hpgdesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two writers storing a patient's first summary at once: the background refresh after a change and an explicit
 * refresh. The one that commits second must not fail on the primary key (it once broke CI this way).
 */
@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class SummaryStoreRaceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentSummaryRepository summaries;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefreshThatFindsTheFirstSummaryStoredMeanwhileUpdatesItInstead() throws Exception {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1979, 5, 6)).id();
        // The registration's own background refresh stores a summary; wait for it, then remove it, so that the
        // patient has none and nothing else will write one.
        Awaitility.await().pollInSameThread().atMost(Duration.ofMinutes(2))
                .until(() -> summaries.findById(patientId).isPresent());
        new TransactionTemplate(transactions).executeWithoutResult(status -> summaries.deleteById(patientId));
        var firstWriters = assessments.currentSummary(patientId);

        var other = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        var otherWriter = transactions.getTransaction(other);
        CompletableFuture<AssessmentSummary> refresh;
        try {
            summaries.saveAndFlush(firstWriters);
            // While the other writer's summary is uncommitted, the refresh cannot see it, inserts its own and
            // waits on the other's lock.
            refresh = CompletableFuture.supplyAsync(() -> SystemActor.call(() -> assessments.refreshSummary(patientId)));
            Awaitility.await().atMost(Duration.ofMinutes(1)).pollInSameThread().until(this::someoneWaitsOnALock);
        } catch (RuntimeException | Error e) {
            transactions.rollback(otherWriter);
            throw e;
        }
        transactions.commit(otherWriter);

        AssessmentSummary refreshed = refresh.get(2, TimeUnit.MINUTES);
        assertThat(refreshed.patientId()).isEqualTo(patientId);
        assertThat(summaries.findById(patientId)).get().extracting(AssessmentSummary::assessedAt)
                .as("the refresh's summary is the one stored, to the database's microsecond")
                .isEqualTo(refreshed.assessedAt().truncatedTo(ChronoUnit.MICROS));
    }

    /** Whether a connection waits for a lock another holds; each database tells it in its own catalogue. */
    private boolean someoneWaitsOnALock() {
        String database = jdbc.execute(
                (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
        String query = "PostgreSQL".equals(database)
                ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(query, Integer.class) > 0;
    }
}
