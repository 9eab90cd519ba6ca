package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.patient.PatientService;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Recording must not lock the app up (issue 12): an audited read needs one pooled connection, not two,
 * and a change transaction that stays open does not hold up everybody else's records.
 */
@WithMockUser(username = "mhale", roles = {"ADMIN", "CLINICIAN"})
class AuditTrailConnectionTest extends AuditTrailIntegrationTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    PatientService patients;

    @Test
    void anAuditedReadNeedsOnlyTheConnectionItReadsWith() throws Exception {
        long patientId = anyPatientId();
        List<Connection> held = new ArrayList<>();
        try {
            // Everyone else holds a connection: exactly one is left for the read and its record.
            for (int i = 0; i < dataSource.getMaximumPoolSize() - 1; i++) {
                held.add(dataSource.getConnection());
            }

            assertThat(patients.open(patientId)).isPresent();
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(jdbc.queryForList("select action from audit_record where patient_id = ?", String.class, patientId))
                .containsExactly("READ");
    }

    @Test
    void aChangeTransactionStillOpenDoesNotHoldUpAnotherUsersRecordedRead() throws Exception {
        long patientId = anyPatientId();
        var recorded = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<?> change = writer.submit(() -> {
                signIn("jokafor");
                transaction().executeWithoutResult(status -> {
                    trail.record(AuditAction.UPDATE, patientId, "patient", "address changed");
                    recorded.countDown();
                    await(release);
                });
                return null;
            });
            assertThat(recorded.await(1, TimeUnit.MINUTES)).isTrue();

            Future<?> read = reader.submit(() -> {
                signIn("mhale");
                return patients.open(patientId);
            });
            // Only a lock-up keeps this from finishing: the change's transaction waits for the read.
            read.get(1, TimeUnit.MINUTES);
            assertThat(storedRecords()).isEqualTo(1);

            release.countDown();
            change.get(1, TimeUnit.MINUTES);
        } finally {
            release.countDown();
            writer.shutdownNow();
            reader.shutdownNow();
        }
        assertThat(jdbc.queryForList("select action from audit_record order by sequence_number", String.class))
                .containsExactly("READ", "UPDATE");
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    private long anyPatientId() {
        Long id = jdbc.queryForObject("select min(id) from patient", Long.class);
        return java.util.Objects.requireNonNull(id);
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(username, null, AuthorityUtils.createAuthorityList("ROLE_CLINICIAN")));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never released the open transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
