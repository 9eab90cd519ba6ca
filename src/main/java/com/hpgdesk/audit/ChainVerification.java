package com.hpgdesk.audit;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What checking the chain found: either every record intact, or the first place where it is broken.
 *
 * @param recordsChecked records read before the check stopped, including the one found broken
 * @param firstBrokenSequence the first sequence number that is altered or missing; empty when intact
 * @param problem why the chain is broken there; empty when intact
 */
public record ChainVerification(long recordsChecked, @Nullable Long firstBrokenSequence,
                                @Nullable Problem problem) {

    public enum Problem {
        /** The record's content no longer matches the hash it was written with. */
        HASH_MISMATCH,
        /** The record does not name its predecessor's hash. */
        BROKEN_LINK,
        /** A sequence number is skipped: the record was deleted. */
        GAP,
        /** The chain ends before the last record the trail knows it wrote: records were deleted at the end. */
        MISSING_TAIL,
        /** The chain head carries no seal: it was reset, or the trail was never sealed by this desk. */
        NOT_ANCHORED,
        /** The chain head's seal does not match it: records and head were rewritten without the key, or the key changed. */
        HEAD_FORGED,
        /** The last anchor kept outside the database names a record beyond the chain head: records were cut off. */
        ROLLED_BACK,
        /** The record the last anchor names no longer has the hash it had then. */
        ANCHOR_MISMATCH,
        /** The last line of the anchor file is not an anchor sealed by this desk's key. */
        ANCHOR_FORGED
    }

    static ChainVerification intact(long recordsChecked) {
        return new ChainVerification(recordsChecked, null, null);
    }

    static ChainVerification broken(long recordsChecked, long sequence, Problem problem) {
        return new ChainVerification(recordsChecked, sequence, problem);
    }

    public boolean isIntact() {
        return problem == null;
    }

    /** The finding in plain words, for a practice lead. */
    public String summary() {
        var count = NumberFormat.getIntegerInstance(Locale.UK);
        if (problem == null || firstBrokenSequence == null) {
            return recordsChecked == 0 ? "The audit trail is empty: there is nothing to check yet."
                    : "The audit trail is intact: all " + count.format(recordsChecked)
                            + " records were checked and none was altered or removed.";
        }
        String number = count.format(firstBrokenSequence);
        String finding = switch (problem) {
            case HASH_MISMATCH -> "Record " + number + " was altered after it was written: its content no longer "
                    + "matches its fingerprint.";
            case BROKEN_LINK -> "Record " + number + " no longer follows on from the record before it: one of the "
                    + "two was altered after it was written.";
            case GAP -> "Record " + number + " is missing: it was removed from the trail.";
            case MISSING_TAIL -> "The trail ends before record " + number + ": the most recent records were "
                    + "removed.";
            case NOT_ANCHORED -> "The trail is not anchored: its last record carries no seal of this desk's key, so "
                    + "the trail was reset or emptied behind the application's back.";
            case HEAD_FORGED -> "The trail's seal does not match its last record (" + number + "): records were "
                    + "rewritten without the desk's audit key, or the key was changed.";
            case ROLLED_BACK -> "Records from " + number + " on were removed: the trail had reached a later record "
                    + "when it was last anchored outside the database, and its end was rewound.";
            case ANCHOR_MISMATCH -> "Record " + number + " differs from the one anchored outside the database: it "
                    + "was rewritten.";
            case ANCHOR_FORGED -> "The anchor file outside the database was altered: its last line carries no valid "
                    + "seal.";
        };
        return "The audit trail has been tampered with. " + finding
                + " Keep the database as it is and report this to whoever is responsible for data protection.";
    }
}
