package com.hpgdesk.lab.importer;

/** How the importer knows which column holds what. */
public enum ColumnsStatus {
    /** From the header words. */
    RECOGNISED,
    /** A clinician said so for an earlier file with the same header. */
    REMEMBERED,
    /** The caller said so for this file. */
    CHOSEN,
    /** The header words do not name the columns a result needs: the caller must say which is which. */
    UNKNOWN
}
