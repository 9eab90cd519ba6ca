package com.hpgdesk.review;

import java.util.Arrays;
import java.util.Optional;

/** The review's columns that sort, each with its word in a bookmarked address. */
public enum ReviewColumn {
    NAME("name"),
    RECORD_NUMBER("record"),
    CLINICIAN("clinician"),
    MONTHS_SINCE_END("months"),
    PROTOCOL("protocol"),
    TOTAL_TESTOSTERONE("tt"),
    LH("lh"),
    FSH("fsh"),
    STATUS("status"),
    FLAGS("flags"),
    NEXT_LABS_DUE("due");

    private final String urlKey;

    ReviewColumn(String urlKey) {
        this.urlKey = urlKey;
    }

    public String urlKey() {
        return urlKey;
    }

    public static Optional<ReviewColumn> ofUrlKey(String key) {
        return Arrays.stream(values()).filter(column -> column.urlKey.equals(key)).findFirst();
    }
}
