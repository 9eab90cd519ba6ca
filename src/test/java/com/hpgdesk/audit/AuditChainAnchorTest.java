package com.hpgdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 11: the two attacks the hash chain alone cannot see, done with plain SQL the way an intruder with database
 * access (but not the audit key nor the anchor file) would. Before the chain was anchored, the first read "empty"
 * and the second "intact".
 */
@WithMockUser(username = "alead", roles = "ADMIN")
class AuditChainAnchorTest extends AuditTrailIntegrationTest {

    @Autowired
    AuditChainAnchor anchor;

    @Autowired
    AuditKey key;

    @Autowired
    AuditAnchorFile anchorFile;

    @BeforeEach
    void fiveRecords() {
        for (int i = 1; i <= 5; i++) {
            recordChange(AuditAction.UPDATE, 10L, "patient", "change " + i);
        }
    }

    @Test
    void deletingEveryRecordAndResettingTheHeadReadsAsRecordsRemovedNotAsEmpty() throws Exception {
        var anchored = Objects.requireNonNull(anchor.anchorNow());
        assertThat(anchored.lastSequence()).isEqualTo(5);

        jdbc.update("delete from audit_record");
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?, seal = null", ChainHash.GENESIS);
        var verification = trail.verifyChain();

        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ROLLED_BACK);
        assertThat(verification.firstBrokenSequence()).isEqualTo(1);
        assertThat(verification.summary()).contains("tampered with").contains("Records from 1 on were removed")
                .doesNotContain("empty");
    }

    @Test
    void aResetHeadWearingTheSealOfAnEmptyTrailStillReadsAsRecordsRemoved() {
        anchor.anchorNow();
        jdbc.update("delete from audit_record");
        // The seal an empty desk's head carried, copied by the intruder from an old copy of the database.
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?, seal = ?", ChainHash.GENESIS,
                key.sealOfHead(0, ChainHash.GENESIS));

        assertThat(trail.verifyChain().problem()).isEqualTo(ChainVerification.Problem.ROLLED_BACK);
    }

    @Test
    void aResetHeadWithoutItsSealReadsNotAnchoredEvenBeforeTheFirstAnchor() throws Exception {
        Files.deleteIfExists(anchorFile.path());
        jdbc.update("delete from audit_record");
        jdbc.update("update audit_chain_head set last_sequence = 0, last_hash = ?, seal = null", ChainHash.GENESIS);

        var verification = trail.verifyChain();

        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.NOT_ANCHORED);
        assertThat(verification.summary()).contains("not anchored");
    }

    @Test
    void cuttingTheTailAndRewindingTheHeadReadsAsRecordsRemovedNotAsIntact() {
        anchor.anchorNow();
        String thirdHash = hashOf(3);
        jdbc.update("delete from audit_record where sequence_number >= 4");
        // Even with the seal the head carried when it stood at record 3, copied from an older copy of the database.
        jdbc.update("update audit_chain_head set last_sequence = 3, last_hash = ?, seal = ?", thirdHash,
                key.sealOfHead(3, thirdHash));

        var verification = trail.verifyChain();

        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ROLLED_BACK);
        assertThat(verification.firstBrokenSequence()).isEqualTo(4);
        assertThat(verification.recordsChecked()).isEqualTo(3);
        assertThat(verification.summary()).contains("Records from 4 on were removed");
    }

    @Test
    void aRewoundHeadWithoutAValidSealIsCaughtBeforeAnyAnchorIsWritten() throws Exception {
        Files.deleteIfExists(anchorFile.path());
        String thirdHash = hashOf(3);
        jdbc.update("delete from audit_record where sequence_number >= 4");
        jdbc.update("update audit_chain_head set last_sequence = 3, last_hash = ?", thirdHash);

        var verification = trail.verifyChain();

        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.HEAD_FORGED);
        assertThat(verification.summary()).contains("without the desk's audit key");
    }

    @Test
    void rewritingTheLastRecordAndTheHeadTogetherIsCaughtByTheSeal() {
        String forgedHash = ChainHash.of(5, java.time.Instant.parse("2020-01-01T00:00:00Z"), "alead",
                AuditAction.UPDATE, 10L, "patient", "nothing happened", hashOf(4));
        jdbc.update("update audit_record set occurred_at = ?, detail = 'nothing happened', hash = ? "
                + "where sequence_number = 5", java.sql.Timestamp.from(java.time.Instant.parse("2020-01-01T00:00:00Z")),
                forgedHash);
        jdbc.update("update audit_chain_head set last_hash = ?", forgedHash);

        var verification = trail.verifyChain();

        assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.HEAD_FORGED);
    }

    @Test
    void anAnchorIsNeverWrittenOverACutTrailAndAnAlteredAnchorLineIsCaught() throws Exception {
        anchor.anchorNow();
        List<String> before = Files.readAllLines(anchorFile.path());
        jdbc.update("delete from audit_record where sequence_number >= 4");
        jdbc.update("update audit_chain_head set last_sequence = 3, last_hash = ?, seal = ?", hashOf(3),
                key.sealOfHead(3, hashOf(3)));

        assertThat(anchor.anchorNow()).isNull();
        assertThat(Files.readAllLines(anchorFile.path())).isEqualTo(before);

        // Rewinding the anchor file by hand is caught too: the edited line no longer carries its seal.
        String edited = before.getLast().replaceFirst("record=\\d+", "record=3")
                .replaceFirst("hash=[0-9a-f]{64}", "hash=" + hashOf(3));
        Files.writeString(anchorFile.path(), edited + "\n", StandardCharsets.UTF_8);
        assertThat(trail.verifyChain().problem()).isEqualTo(ChainVerification.Problem.ANCHOR_FORGED);
    }

    @Test
    void anAnchorNamesTheHeadOnceAndAGenuineTrailStaysIntactAcrossAnchors() throws Exception {
        var first = Objects.requireNonNull(anchor.anchorNow());
        assertThat(first.lastHash()).isEqualTo(hashOf(5));
        assertThat(anchor.anchorNow()).as("nothing new to anchor").isNull();
        recordChange(AuditAction.UPDATE, 10L, "patient", "change 6");
        assertThat(Objects.requireNonNull(anchor.anchorNow()).lastSequence()).isEqualTo(6);

        assertThat(Files.readAllLines(anchorFile.path())).hasSize(2)
                .allMatch(line -> line.matches("\\S+ record=\\d+ hash=[0-9a-f]{64} seal=[0-9a-f]{64}"));
        var verification = trail.verifyChain();
        assertThat(verification.isIntact()).as(verification.summary()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(6);
    }

    private String hashOf(long sequence) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select hash from audit_record where sequence_number = ?", String.class, sequence));
    }
}
