package com.hpgdesk.assessment.engine;

import java.util.List;

/** One of the two tables, its rows in the rules file's order. */
public record AssessedTable(String key, String title, String proHeading, String antiHeading,
                            List<AssessedRow> rows) {
}
