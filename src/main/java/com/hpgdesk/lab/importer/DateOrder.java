package com.hpgdesk.lab.importer;

/** How a date like 03/04/2026 is read: 3 April (day first) or 4 March (month first). */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST
}
