package com.hpgdesk.review;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One patient in the review.
 *
 * @param lastDoseActing the last course has ended but its last dose still acts (end of treatment after today)
 * @param monthsSinceEnd whole months since the end of treatment; null while on treatment, while the last dose
 *                       still acts, or with no course
 * @param protocolPhase what the active protocol gives today, e.g. "hCG + SERM"
 */
public record ReviewRow(long patientId, String familyName, String givenName, String recordNumber,
                        String clinician, boolean onTreatment, boolean lastDoseActing,
                        @Nullable Integer monthsSinceEnd,
                        @Nullable String protocolName, @Nullable String protocolPhase,
                        @Nullable Hormone totalTestosterone, @Nullable Hormone lh, @Nullable Hormone fsh,
                        RecoveryStatus status, Set<ReviewFlag> flags, @Nullable LocalDate nextLabsDue) {

    public ReviewRow {
        flags = Set.copyOf(flags);
    }

    public String name() {
        return familyName + ", " + givenName;
    }

    /** A hormone's latest value in its canonical unit ("&lt; 0.2 IU/L"), its date, and how it moved since the one before. */
    public record Hormone(String text, LocalDate on, @Nullable Direction direction) {}

    public enum Direction {
        UP("rising", "\u2191"),
        DOWN("falling", "\u2193"),
        SAME("unchanged", "\u2192");

        private final String word;
        private final String arrow;

        Direction(String word, String arrow) {
            this.word = word;
            this.arrow = arrow;
        }

        public String word() {
            return word;
        }

        public String arrow() {
            return arrow;
        }
    }
}
