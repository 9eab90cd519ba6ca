package com.hpgdesk.lab.results;

import com.hpgdesk.lab.importer.ImportedResult;
import com.hpgdesk.lab.importer.LabFileParse;
import com.hpgdesk.lab.importer.RowText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a file would do, row by row, before anything is saved.
 *
 * @param parse the importer's reading of the file (file-level problem, date order)
 * @param rows every data row with its outcome for this patient, in file order
 */
public record ImportPreview(long patientId, @Nullable String fileName, LabFileParse parse, List<Row> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public enum Status {
        OK("OK"),
        ALREADY_IMPORTED("Already imported"),
        REJECTED("Rejected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param result the checked result; null for a rejected row
     * @param written the row's cells as the lab wrote them, shown for rejected rows too
     */
    public record Row(int line, Status status, @Nullable ImportedResult result, String reason, RowText written) {

        public Row(int line, Status status, @Nullable ImportedResult result, String reason) {
            this(line, status, result, reason, RowText.NONE);
        }
    }

    public List<Row> toImport() {
        return rows.stream().filter(row -> row.status() == Status.OK).toList();
    }

    public long count(Status status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}
