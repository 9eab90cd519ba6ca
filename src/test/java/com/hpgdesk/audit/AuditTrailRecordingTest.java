package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.security.SystemActor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;

@WithMockUser(username = "alead", roles = "ADMIN")
class AuditTrailRecordingTest extends AuditTrailIntegrationTest {

    @Test
    void appendedRecordsFormAChainThatVerifies() {
        recordChange(AuditAction.CREATE, 1L, "patient", "registered");
        trail.record(AuditAction.READ, 1L, "patient", "opened the summary");
        recordChange(AuditAction.UPDATE, 1L, "lab report 17", "LH corrected");

        List<AuditRecord> all = trail.list(PageRequest.of(0, 10, Sort.by("sequence")), AuditFilter.ALL);

        assertThat(all).extracting(AuditRecord::getSequence).containsExactly(1L, 2L, 3L);
        assertThat(all.get(0).getPreviousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(all.get(1).getPreviousHash()).isEqualTo(all.get(0).getHash());
        assertThat(all.get(2).getPreviousHash()).isEqualTo(all.get(1).getHash());
        assertThat(all).extracting(AuditRecord::getActor).containsOnly("alead");
        assertThat(all.get(2)).extracting(AuditRecord::getAction, AuditRecord::getPatientId,
                AuditRecord::getSubject, AuditRecord::getDetail)
                .containsExactly(AuditAction.UPDATE, 1L, "lab report 17", "LH corrected");

        // The listing above is itself on the trail now, as its fourth record.
        var verification = trail.verifyChain();
        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(4);
        assertThat(verification.summary()).contains("intact", "4 records");
    }

    @Test
    void emptyTrailVerifies() {
        var verification = trail.verifyChain();

        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.recordsChecked()).isZero();
    }

    @Test
    void systemWorkIsRecordedUnderTheSystemActor() {
        SystemActor.run(() -> recordChange(AuditAction.IMPORT, 3L, "lab import", "12 results"));

        assertThat(trail.list(PageRequest.of(0, 1), AuditFilter.ALL))
                .singleElement().extracting(AuditRecord::getActor).isEqualTo(SystemActor.NAME);
    }

    @Test
    @WithMockUser(username = "mhale", roles = "CLINICIAN")
    void aClinicianMayRecord() {
        recordChange(AuditAction.UPDATE, 2L, "patient", "phone number changed");

        assertThat(lastSequence()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from audit_record", String.class)).isEqualTo("mhale");
    }

    @Test
    void nothingIsRecordedWithoutAnAuthenticatedUser() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> trail.record(AuditAction.READ, 1L, "patient", "opened"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(storedRecords()).isZero();
    }

    @Test
    void rollingBackTheCallersTransactionRemovesTheRecordOfItsChange() {
        recordChange(AuditAction.CREATE, 1L, "patient", "registered");

        assertThatThrownBy(() -> transaction().executeWithoutResult(status -> {
            trail.record(AuditAction.UPDATE, 1L, "patient", "date of birth changed");
            throw new IllegalStateException("the change itself failed");
        })).hasMessage("the change itself failed");

        assertThat(storedRecords()).isEqualTo(1);
        // The head rolled back too: the next record takes the freed sequence number and the chain holds.
        recordChange(AuditAction.UPDATE, 1L, "patient", "date of birth changed");
        assertThat(lastSequence()).isEqualTo(2);
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    @Test
    void aChangeMustBeRecordedInsideTheTransactionThatMakesIt() {
        assertThatThrownBy(() -> trail.record(AuditAction.DELETE, 1L, "patient", "removed"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> readOnlyTransaction().executeWithoutResult(
                status -> trail.record(AuditAction.UPDATE, 1L, "patient", "changed")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
        assertThat(storedRecords()).isZero();
    }

    @Test
    void aReadInAReadOnlyTransactionIsWrittenAndOutlivesItsRollback() {
        assertThatThrownBy(() -> readOnlyTransaction().executeWithoutResult(status -> {
            trail.record(AuditAction.READ, 4L, "patient", "opened the summary");
            throw new IllegalStateException("rendering failed afterwards");
        })).hasMessage("rendering failed afterwards");

        assertThat(storedRecords()).isEqualTo(1);
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    @Test
    void aReadWithoutAnyTransactionIsWritten() {
        trail.record(AuditAction.EXPORT, 4L, "handout", "PDF for the patient");
        assertThat(storedRecords()).isEqualTo(1);
    }

    @Test
    void aReadAfterAChangeInTheSameTransactionDoesNotWaitForThatTransaction() {
        long start = System.nanoTime();
        transaction().executeWithoutResult(status -> {
            trail.record(AuditAction.UPDATE, 5L, "patient", "address changed");
            trail.record(AuditAction.READ, 5L, "patient", "opened after saving");
        });

        // The change takes the chain's lock only as it commits, so the read's own transaction finds it free;
        // had it waited for the lock, the database would have given up long before.
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(storedRecords()).isEqualTo(2);
        assertThat(trail.verifyChain().isIntact()).isTrue();
    }

    @Test
    void refusesTextTooLongToStoreRatherThanCuttingItShort() {
        assertThatThrownBy(() -> trail.record(AuditAction.READ, 1L, "patient",
                "x".repeat(AuditTrail.MAX_DETAIL_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.record(AuditAction.READ, 1L, " ", "opened"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storedRecords()).isZero();
    }

    @Test
    void listsNewestFirstAPageAtATimeFilteredByPatientActorAndTime() {
        SystemActor.run(() -> trail.record(AuditAction.READ, 1L, "patient", "first"));
        trail.record(AuditAction.READ, 1L, "patient", "second");
        trail.record(AuditAction.READ, 2L, "patient", "third");
        trail.record(AuditAction.READ, 1L, "patient", "fourth");

        assertThat(trail.count(AuditFilter.ALL)).isEqualTo(4);
        // A later page first: listing a first page is itself recorded, as the newest record.
        assertThat(trail.list(PageRequest.of(1, 2), AuditFilter.ALL))
                .extracting(AuditRecord::getDetail).containsExactly("second", "first");
        assertThat(trail.list(PageRequest.of(0, 2), AuditFilter.ALL))
                .extracting(AuditRecord::getDetail).containsExactly("fourth", "third");

        var patientOne = AuditFilter.ALL.withPatientId(1L);
        assertThat(trail.count(patientOne)).isEqualTo(3);
        assertThat(trail.list(PageRequest.of(0, 10), patientOne.withActor(" alead ")))
                .extracting(AuditRecord::getDetail).containsExactly("fourth", "second");

        var second = trail.list(PageRequest.of(0, 10), AuditFilter.ALL.withActor("alead")).stream()
                .filter(record -> record.getDetail().equals("second")).findFirst().orElseThrow();
        var since = second.getOccurredAt();
        assertThat(trail.list(PageRequest.of(0, 10), AuditFilter.ALL.between(since, null)))
                .extracting(AuditRecord::getDetail).contains("second", "third", "fourth");
        assertThat(trail.list(PageRequest.of(0, 10), AuditFilter.ALL.between(since, null)))
                .allSatisfy(record -> assertThat(record.getOccurredAt()).isAfterOrEqualTo(since));
        assertThat(trail.count(AuditFilter.ALL.between(null, since))
                + trail.count(AuditFilter.ALL.between(since, null))).isEqualTo(trail.count(AuditFilter.ALL));
    }
}
