package com.hpgdesk.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells of a CSV file a spreadsheet opens as it is: every cell quoted, quotes doubled, lines ended by CRLF
 * (RFC 4180). A cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, so text typed into a record can never run as one (OWASP, CSV injection).
 */
public final class CsvCells {

    /** Written first, so that Excel reads UTF-8 and names in any script. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvCells() {
    }

    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** One line, its CRLF included. */
    public static String line(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
