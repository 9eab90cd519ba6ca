package com.hpgdesk.lab.importer;

import java.util.List;

/** What became of one row of a lab file; {@link #line()} is the 1-based line number in the file. */
public sealed interface RowOutcome permits RowOutcome.Accepted, RowOutcome.Rejected {

    int line();

    /** The row's cells as the lab wrote them, so a screen can show what each row said. */
    RowText written();

    record Accepted(int line, ImportedResult result, RowText written) implements RowOutcome {

        public Accepted(int line, ImportedResult result) {
            this(line, result, RowText.NONE);
        }
    }

    /** @param reasons every problem found in the row, each naming the offending text */
    record Rejected(int line, List<String> reasons, RowText written) implements RowOutcome {

        public Rejected {
            reasons = List.copyOf(reasons);
        }

        public Rejected(int line, List<String> reasons) {
            this(line, reasons, RowText.NONE);
        }

        public String reason() {
            return String.join("; ", reasons);
        }
    }
}
