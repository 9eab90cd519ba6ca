package com.hpgdesk.lab.importer;

/** What the importer concluded about the order of day and month in a file's slash dates. */
public enum DateOrderStatus {
    /** No date in the file depends on the order (ISO 2026-03-14, or 14.03.2026 which is always day first). */
    NOT_NEEDED,
    /**
     * Dates with a day above 12 showed the order; it was used for the whole file. Where they disagree, most
     * decide and each date that contradicts them is its own row's error.
     */
    DETECTED,
    /** The caller said which order the file uses. */
    CHOSEN,
    /** Every slash date fits both orders: the caller must choose, and those rows were rejected until then. */
    AMBIGUOUS,
    /** As many dates are only valid day first as only month first: the caller must choose. */
    CONFLICTING
}
