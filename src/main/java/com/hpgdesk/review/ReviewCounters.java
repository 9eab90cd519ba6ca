package com.hpgdesk.review;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over the filtered patients, and their recovery status by time since the end of treatment.
 *
 * @param active on an active restart protocol
 * @param byBand for each band of months since the end of treatment, how many patients have each status
 */
public record ReviewCounters(long total, long active, long delayed, long behindTheCurve, long overdue,
                             Map<MonthsBand, Map<RecoveryStatus, Long>> byBand) {

    public ReviewCounters {
        var copy = new EnumMap<MonthsBand, Map<RecoveryStatus, Long>>(MonthsBand.class);
        byBand.forEach((band, counts) -> copy.put(band, counts.isEmpty() ? Map.of() : new EnumMap<>(counts)));
        byBand = copy;
    }

    public long count(MonthsBand band, RecoveryStatus status) {
        return byBand.getOrDefault(band, Map.of()).getOrDefault(status, 0L);
    }

    /** Bands of months since the end of treatment, as the chart groups them. */
    public enum MonthsBand {
        ON_TREATMENT("On treatment or no course", -1, -1),
        UNDER_3("0–2", 0, 3),
        FROM_3("3–5", 3, 6),
        FROM_6("6–11", 6, 12),
        FROM_12("12–23", 12, 24),
        FROM_24("24+", 24, Integer.MAX_VALUE);

        private final String label;
        private final int fromMonths;
        private final int beforeMonths;

        MonthsBand(String label, int fromMonths, int beforeMonths) {
            this.label = label;
            this.fromMonths = fromMonths;
            this.beforeMonths = beforeMonths;
        }

        public String label() {
            return label;
        }

        int fromMonths() {
            return fromMonths;
        }

        int beforeMonths() {
            return beforeMonths;
        }

        static List<MonthsBand> sinceEnd() {
            return List.of(UNDER_3, FROM_3, FROM_6, FROM_12, FROM_24);
        }
    }
}
