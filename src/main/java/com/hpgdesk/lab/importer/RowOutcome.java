package com.hpgdesk.lab.importer;

import java.util.List;

/** What became of one row of a lab file; {@link #line()} is the 1-based line number in the file. */
public sealed interface RowOutcome permits RowOutcome.Accepted, RowOutcome.Rejected {

    int line();

    record Accepted(int line, ImportedResult result) implements RowOutcome {
    }

    /** @param reasons every problem found in the row, each naming the offending text */
    record Rejected(int line, List<String> reasons) implements RowOutcome {

        public Rejected {
            reasons = List.copyOf(reasons);
        }

        public String reason() {
            return String.join("; ", reasons);
        }
    }
}
