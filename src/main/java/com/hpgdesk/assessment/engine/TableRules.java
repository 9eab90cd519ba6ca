package com.hpgdesk.assessment.engine;

import java.util.List;

/** One table of the rules file and its rows, in display order. */
public record TableRules(String key, String title, String proHeading, String antiHeading, List<RowRules> rows) {
}
