package com.hpgdesk.lab.importer;

/** What the importer concluded about the order of day and month in a file's slash dates. */
public enum DateOrderStatus {
    /** No date in the file depends on the order (ISO 2026-03-14, or 14.03.2026 which is always day first). */
    NOT_NEEDED,
    /** A date with a day above 12 showed the order; it was used for the whole file. */
    DETECTED,
    /** The caller said which order the file uses. */
    CHOSEN,
    /** Every slash date fits both orders: the caller must choose, and those rows were rejected until then. */
    AMBIGUOUS,
    /** Some dates are only valid day first and others only month first: the caller must choose. */
    CONFLICTING
}
