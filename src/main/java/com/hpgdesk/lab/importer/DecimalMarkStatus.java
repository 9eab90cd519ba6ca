package com.hpgdesk.lab.importer;

/** What the importer concluded about a file's decimal mark. */
public enum DecimalMarkStatus {
    /** No number in the file reads differently with a decimal point or a decimal comma. */
    NOT_NEEDED,
    /** A number that only one mark can explain ("0,5", "4.56", "250-1,100") showed it. */
    DETECTED,
    /** The caller said which mark the file uses. */
    CHOSEN,
    /**
     * Some numbers read differently with each mark ("1.250": 1.25 or 1250) and nothing in the file decides:
     * the caller must choose, and those rows were rejected until then.
     */
    AMBIGUOUS
}
