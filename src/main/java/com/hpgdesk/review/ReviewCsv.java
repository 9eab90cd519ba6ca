package com.hpgdesk.review;

import com.hpgdesk.base.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The review as a CSV file a spreadsheet opens as it is: UTF-8 with a byte-order mark (so Excel reads names in
 * any script), comma-separated, every cell quoted, CRLF line ends (RFC 4180). A cell that a spreadsheet would
 * read as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so text
 * typed into a record can never run as one (OWASP, CSV injection).
 */
final class ReviewCsv implements AutoCloseable {

    static final List<String> HEADER = List.of("Name", "Record number", "Clinician", "Months since end of treatment",
            "Protocol", "Phase", "Total testosterone", "Total testosterone date", "Total testosterone change",
            "LH", "LH date", "LH change", "FSH", "FSH date", "FSH change", "Recovery status", "Flags",
            "Next labs due");

    private final Writer out;

    ReviewCsv(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line(HEADER);
    }

    void add(ReviewRow row) {
        line(List.of(row.name(), row.recordNumber(), row.clinician(), months(row), text(row.protocolName()),
                text(row.protocolPhase()), value(row.totalTestosterone()), date(row.totalTestosterone()),
                change(row.totalTestosterone()), value(row.lh()), date(row.lh()), change(row.lh()), value(row.fsh()),
                date(row.fsh()), change(row.fsh()), row.status().label(),
                row.flags().stream().sorted().map(ReviewFlag::label).collect(Collectors.joining("; ")),
                row.nextLabsDue() == null ? "" : row.nextLabsDue().toString()));
    }

    static String cell(String value) {
        return CsvCells.cell(value);
    }

    private void line(List<String> cells) {
        try {
            out.write(CsvCells.line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String months(ReviewRow row) {
        if (row.onTreatment()) {
            return "on treatment";
        }
        if (row.lastDoseActing()) {
            return "last dose acting";
        }
        return row.monthsSinceEnd() == null ? "" : row.monthsSinceEnd().toString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String value(ReviewRow.@Nullable Hormone hormone) {
        return hormone == null ? "" : hormone.text();
    }

    private static String date(ReviewRow.@Nullable Hormone hormone) {
        LocalDate on = hormone == null ? null : hormone.on();
        return on == null ? "" : on.toString();
    }

    private static String change(ReviewRow.@Nullable Hormone hormone) {
        return hormone == null || hormone.direction() == null ? "" : hormone.direction().word();
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
