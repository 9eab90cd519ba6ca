package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "alead", roles = "ADMIN")
class AuditTrailConcurrencyTest extends AuditTrailIntegrationTest {

    private static final int THREADS = 4;
    private static final int RECORDS_PER_THREAD = 50;

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String clinician = "clinician" + t;
                work.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                            .authenticated(clinician, null, AuthorityUtils.createAuthorityList("ROLE_CLINICIAN")));
                    start.await();
                    for (int i = 0; i < RECORDS_PER_THREAD; i++) {
                        // Changes join a transaction of the caller's, reads take their own: both kinds contend.
                        if (i % 2 == 0) {
                            recordChange(AuditAction.UPDATE, (long) i, "patient", clinician + " change " + i);
                        } else {
                            trail.record(AuditAction.READ, (long) i, "patient", clinician + " read " + i);
                        }
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : work) {
                each.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int total = THREADS * RECORDS_PER_THREAD;
        assertThat(jdbc.queryForList("select sequence_number from audit_record order by sequence_number", Long.class))
                .hasSize(total)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from audit_record", Long.class))
                .isEqualTo(total);
        var verification = trail.verifyChain();
        assertThat(verification.isIntact()).as(verification.summary()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(total);
        assertThat(trail.count(AuditFilter.ALL.withActor("clinician2"))).isEqualTo(RECORDS_PER_THREAD);
    }
}
