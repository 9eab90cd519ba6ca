package com.hpgdesk.lab.importer;

import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.FlaggedValue;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.importer.Columns.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads lab export files: a header row, then one result per row, columns separated by comma, semicolon
 * or tab (detected from the header; an Excel "sep=;" first line is honoured). Markers are recognised by
 * LOINC code or by name through the {@link MarkerCatalogue}; values are checked for plausibility,
 * converted to canonical units and flagged (the row's own reference range wins over the default).
 *
 * <p>Never throws on what is in the file: a file that cannot be read at all gives a file-level problem;
 * otherwise every data row is accepted or rejected with its line number and the reasons. Safe to share
 * between threads.
 */
public final class LabFileImporter {

    /** Far above any lab export; refuses files that would only exhaust memory. */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** A result row is a few hundred characters; longer lines are not results. */
    static final int MAX_LINE_CHARS = 10_000;

    private static final char[] DELIMITERS = {'\t', ';', ','};

    private final MarkerCatalogue catalogue;

    public LabFileImporter(MarkerCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Parses with the date order detected from the file; see {@link LabFileParse#needsDateOrder()}. */
    public LabFileParse parse(byte[] content) {
        return parse(content, null, null);
    }

    /**
     * @param dateOrder how to read slash dates, when the caller knows or was asked; null to detect it
     * @param birthDate the patient's birth date, for age-banded default ranges (PSA, SHBG) at each sample
     *     date; null leaves such markers unflagged unless the row has its own range
     */
    public LabFileParse parse(byte[] content, @Nullable DateOrder dateOrder, @Nullable LocalDate birthDate) {
        if (content.length == 0) {
            return LabFileParse.unreadable("The file is empty.");
        }
        if (content.length > MAX_FILE_BYTES) {
            return LabFileParse.unreadable("The file is " + content.length / (1024 * 1024)
                    + " MB; lab exports this importer reads are at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB.");
        }
        String text = FileText.decode(content);
        if (text == null) {
            return LabFileParse.unreadable("This is not a text (CSV) file: it contains binary data.");
        }
        List<String> lines = FileText.lines(text);
        int headerIndex = firstNonBlank(lines, 0);
        if (headerIndex < 0) {
            return LabFileParse.unreadable("The file is empty.");
        }
        Character declared = declaredDelimiter(lines.get(headerIndex));
        if (declared != null) {
            headerIndex = firstNonBlank(lines, headerIndex + 1);
            if (headerIndex < 0) {
                return LabFileParse.unreadable("The file has no header row.");
            }
        }
        String headerLine = lines.get(headerIndex);
        if (headerLine.length() > MAX_LINE_CHARS) {
            return LabFileParse.unreadable("The first line is " + headerLine.length()
                    + " characters long: it is not a header row of a lab export.");
        }
        char delimiter = declared != null ? declared : detectDelimiter(headerLine);
        List<String> header = DelimitedLine.split(headerLine, delimiter);
        if (header == null || header.size() < 2) {
            return LabFileParse.unreadable("Line " + (headerIndex + 1) + " is not a header row with columns separated "
                    + "by comma, semicolon or tab.");
        }
        Columns columns = Columns.of(header);
        List<String> missing = columns.missingRequired();
        if (!missing.isEmpty()) {
            return LabFileParse.unreadable("The header row (line " + (headerIndex + 1) + ") has no column for "
                    + String.join(", ", missing) + ". Columns found: "
                    + CollectionDates.quoted(String.join(", ", header)) + ".");
        }

        List<Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_LINE_CHARS) {
                rows.add(new Row(i + 1, null, "line is " + line.length() + " characters long; a result row is never that long"));
                continue;
            }
            List<String> fields = DelimitedLine.split(line, delimiter);
            if (fields == null) {
                rows.add(new Row(i + 1, null, "a quoted field is not closed (unbalanced \")"));
            } else if (!fields.stream().allMatch(String::isEmpty)) {
                rows.add(new Row(i + 1, fields, null));
            }
        }
        if (rows.isEmpty()) {
            return new LabFileParse("The file has a header row but no results.", List.of(), delimiter,
                    DateOrderStatus.NOT_NEEDED, null);
        }

        DateOrderStatus status;
        DateOrder order;
        if (dateOrder != null) {
            status = DateOrderStatus.CHOSEN;
            order = dateOrder;
        } else {
            DateDecision decision = decideDateOrder(rows, columns);
            status = decision.status();
            order = decision.order();
        }
        char decimalMark = decimalMark(rows, columns, delimiter);

        MessageDigest sha256 = sha256();
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> fields = row.fields();
            outcomes.add(fields == null
                    ? new RowOutcome.Rejected(row.line(), List.of(String.valueOf(row.problem())))
                    : read(row.line(), fields, columns, order, decimalMark, birthDate, sha256));
        }
        return new LabFileParse(null, outcomes, delimiter, status, order);
    }

    private record Row(int line, @Nullable List<String> fields, @Nullable String problem) {
    }

    private record DateDecision(DateOrderStatus status, @Nullable DateOrder order) {
    }

    private RowOutcome read(int line, List<String> fields, Columns columns, @Nullable DateOrder order, char decimalMark,
            @Nullable LocalDate birthDate, MessageDigest sha256) {
        List<String> reasons = new ArrayList<>();

        LocalDate date = null;
        String dateText = columns.get(fields, Role.DATE);
        if (dateText.isEmpty()) {
            reasons.add("missing date");
        } else {
            switch (CollectionDates.read(dateText, order)) {
                case CollectionDates.Reading.Ok ok -> date = ok.date();
                case CollectionDates.Reading.Problem problem -> reasons.add(problem.reason());
            }
        }

        Marker marker = recogniseMarker(fields, columns, reasons);

        BigDecimal number = null;
        String valueText = columns.get(fields, Role.VALUE);
        // A censored cell ("<0.2", "> 1500") keeps its comparator: the limit is read like any other number.
        Censoring.Prefixed censored = Censoring.prefixOf(valueText);
        if (valueText.isEmpty()) {
            reasons.add("missing value");
        } else if (censored.censoring().isCensored() && censored.rest().isEmpty()) {
            reasons.add("value \"" + CollectionDates.quoted(valueText) + "\" has no limit after \""
                    + censored.censoring().symbol() + "\"");
        } else {
            number = NumberText.parse(censored.rest(), decimalMark);
            if (number == null) {
                reasons.add("value \"" + CollectionDates.quoted(valueText) + "\" is not a number"
                        + (censored.censoring().isCensored() ? " after \"" + censored.censoring().symbol() + "\"" : ""));
            }
        }

        Unit unit = null;
        String unitText = columns.get(fields, Role.UNIT);
        if (unitText.isEmpty()) {
            reasons.add("missing unit");
        } else {
            Optional<Unit> parsed = Unit.parse(unitText);
            if (marker != null && (parsed.isEmpty() || !marker.accepts(parsed.get()))) {
                reasons.add(marker.unitRefusal(CollectionDates.quoted(unitText)));
            } else if (parsed.isEmpty()) {
                reasons.add("unit \"" + CollectionDates.quoted(unitText) + "\" is not a known unit");
            } else {
                unit = parsed.get();
            }
        }

        ReferenceRange labRange = unit == null ? null : labRange(fields, columns, unit, decimalMark, reasons);

        if (!reasons.isEmpty() || marker == null || date == null || number == null || unit == null) {
            return new RowOutcome.Rejected(line, reasons);
        }
        ReportedValue value = new ReportedValue(censored.censoring(), new Quantity(number, unit));
        Optional<String> impossible = marker.implausibility(value);
        if (impossible.isPresent()) {
            return new RowOutcome.Rejected(line, List.of(impossible.get()));
        }
        Integer age = birthDate == null || date.isBefore(birthDate) ? null : Period.between(birthDate, date).getYears();
        FlaggedValue flagged = marker.evaluate(value, labRange, age);
        String record = columns.find(fields, Role.RECORD).orElse(null);
        String method = columns.find(fields, Role.METHOD).orElse(null);
        return new RowOutcome.Accepted(line,
                new ImportedResult(record, date, flagged, method, fingerprint(sha256, record, date, flagged)));
    }

    private @Nullable Marker recogniseMarker(List<String> fields, Columns columns, List<String> reasons) {
        String code = columns.get(fields, Role.CODE);
        String name = columns.get(fields, Role.MARKER);
        Optional<Marker> marker = code.isEmpty() ? Optional.empty() : catalogue.recognise(code);
        if (marker.isEmpty() && !name.isEmpty()) {
            marker = catalogue.recognise(name);
        }
        if (marker.isPresent()) {
            return marker.get();
        }
        if (code.isEmpty() && name.isEmpty()) {
            reasons.add("missing marker");
        } else if (name.isEmpty()) {
            reasons.add("unknown marker code \"" + CollectionDates.quoted(code) + "\"");
        } else {
            reasons.add("unknown marker \"" + CollectionDates.quoted(name) + "\""
                    + (code.isEmpty() ? "" : " (code \"" + CollectionDates.quoted(code) + "\")"));
        }
        return null;
    }

    private static @Nullable ReferenceRange labRange(List<String> fields, Columns columns, Unit unit, char decimalMark,
            List<String> reasons) {
        String rangeText = columns.get(fields, Role.RANGE);
        if (!rangeText.isEmpty()) {
            Optional<ReferenceRange> range = ReferenceRange.parse(rangeText, unit);
            if (range.isEmpty()) {
                reasons.add("reference range \"" + CollectionDates.quoted(rangeText) + "\" is not understood "
                        + "(expected e.g. 1.3-9.6, <6.4 or >16)");
            }
            return range.orElse(null);
        }
        String lowText = columns.get(fields, Role.LOW);
        String highText = columns.get(fields, Role.HIGH);
        if (lowText.isEmpty() && highText.isEmpty()) {
            return null;
        }
        BigDecimal low = lowText.isEmpty() ? null : NumberText.parse(lowText, decimalMark);
        BigDecimal high = highText.isEmpty() ? null : NumberText.parse(highText, decimalMark);
        if ((!lowText.isEmpty() && low == null) || (!highText.isEmpty() && high == null)) {
            reasons.add("reference limits \"" + CollectionDates.quoted(lowText) + "\" / \"" + CollectionDates.quoted(highText)
                    + "\" are not numbers");
            return null;
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            reasons.add("reference low " + lowText + " is above high " + highText);
            return null;
        }
        return new ReferenceRange(low, high, unit);
    }

    private static DateDecision decideDateOrder(List<Row> rows, Columns columns) {
        boolean dependent = false;
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (Row row : rows) {
            List<String> fields = row.fields();
            if (fields == null) {
                continue;
            }
            String date = columns.get(fields, Role.DATE);
            if (CollectionDates.dependsOnOrder(date)) {
                dependent = true;
                DateOrder evidence = CollectionDates.evidence(date);
                dayFirst |= evidence == DateOrder.DAY_FIRST;
                monthFirst |= evidence == DateOrder.MONTH_FIRST;
            }
        }
        if (!dependent) {
            return new DateDecision(DateOrderStatus.NOT_NEEDED, null);
        }
        if (dayFirst && monthFirst) {
            return new DateDecision(DateOrderStatus.CONFLICTING, null);
        }
        if (dayFirst) {
            return new DateDecision(DateOrderStatus.DETECTED, DateOrder.DAY_FIRST);
        }
        if (monthFirst) {
            return new DateDecision(DateOrderStatus.DETECTED, DateOrder.MONTH_FIRST);
        }
        return new DateDecision(DateOrderStatus.AMBIGUOUS, null);
    }

    /**
     * The file's decimal mark: whichever the values prove; if they prove both or neither, a comma in a
     * semicolon file (the reason such files use semicolons) and a point otherwise.
     */
    private static char decimalMark(List<Row> rows, Columns columns, char delimiter) {
        boolean comma = false;
        boolean point = false;
        for (Row row : rows) {
            List<String> fields = row.fields();
            if (fields != null) {
                Character evidence = NumberText.decimalEvidence(columns.get(fields, Role.VALUE));
                comma |= evidence != null && evidence == ',';
                point |= evidence != null && evidence == '.';
            }
        }
        if (comma != point) {
            return comma ? ',' : '.';
        }
        return delimiter == ';' ? ',' : '.';
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Character declaredDelimiter(String line) {
        String s = line.strip();
        if (s.length() == 5 && s.regionMatches(true, 0, "sep=", 0, 4)) {
            char c = s.charAt(4);
            for (char d : DELIMITERS) {
                if (c == d) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The candidate that splits the header into the most columns; on a tie tab, then semicolon, then comma. */
    private static char detectDelimiter(String header) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = DelimitedLine.countOutsideQuotes(header, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The fingerprint {@link ImportedResult#contentFingerprint()} is made of, for results that did not come
     * from a file: a result entered by hand and the same result in a file can then be recognised as one.
     */
    public static String contentFingerprint(@Nullable String recordNumber, LocalDate date, FlaggedValue value) {
        return fingerprint(sha256(), recordNumber, date, value);
    }

    private static String fingerprint(MessageDigest sha256, @Nullable String record, LocalDate date, FlaggedValue value) {
        // An exact value's fingerprint is what it was before censored values existed; a censored one adds its comparator.
        String canonical = value.canonical().censoring().symbol()
                + value.canonical().quantity().value().stripTrailingZeros().toPlainString();
        // A separator that does not occur in lab text, so that parts cannot run into each other.
        String content = (record == null ? "" : record) + '\u001f' + date + '\u001f' + value.marker().key().value()
                + '\u001f' + canonical + '\u001f' + value.canonical().unit().symbol();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
