package com.hpgdesk.review;

import java.util.Arrays;
import java.util.Optional;

/** What a clinic acts on. The thresholds are the practice's settings ({@link ReviewThresholds}). */
public enum ReviewFlag {
    LABS_OVERDUE("overdue", "Labs overdue"),
    HEMATOCRIT_HIGH("hematocrit", "Hematocrit high"),
    ESTRADIOL_ABOVE_RANGE("estradiol", "Estradiol above range"),
    LOW_TESTOSTERONE_ESTRADIOL_RATIO("te2", "T/E2 ratio low"),
    BEHIND_THE_CURVE("behind", "Behind the curve"),
    NO_LIFESTYLE_DATA("lifestyle", "No recent lifestyle data");

    private final String urlKey;
    private final String label;

    ReviewFlag(String urlKey, String label) {
        this.urlKey = urlKey;
        this.label = label;
    }

    /** The flag's word in a bookmarked address: short and stable, unlike the label. */
    public String urlKey() {
        return urlKey;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewFlag> ofUrlKey(String key) {
        return Arrays.stream(values()).filter(flag -> flag.urlKey.equals(key)).findFirst();
    }
}
