package com.hpgdesk.lab.importer;

/**
 * One row's cells as written, stripped; empty where the file has no such column.
 *
 * @param marker the test name, or the code when the row has no name
 * @param labFlag the lab's own flag ("H", "L", "*"), shown next to the desk's
 */
public record RowText(String date, String marker, String value, String unit, String range, String labFlag) {

    public static final RowText NONE = new RowText("", "", "", "", "", "");
}
