package com.hpgdesk.lab.importer;

import com.hpgdesk.lab.Censoring;
import com.hpgdesk.lab.FlaggedValue;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.ReportedValue;
import com.hpgdesk.lab.Unit;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads lab export files: a header row, then one result per row, columns separated by comma, semicolon
 * or tab (detected from the header; an Excel "sep=;" first line is honoured). Columns are recognised by
 * their header words in five languages, or as a clinician said for that header. Markers are recognised by
 * LOINC code, by the names a clinician gave for that lab, or by name through the {@link MarkerCatalogue}
 * (also without the method and specimen words labs add). Slash dates and decimal marks are read the way the
 * file's own deciding values show; when nothing decides, the caller is asked. Values are checked for plausibility,
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

    /** Rows shown to a clinician who has to say which column holds what. */
    static final int FIRST_ROWS_SHOWN = 5;

    private final MarkerCatalogue catalogue;
    private final MarkerNames names;

    public LabFileImporter(MarkerCatalogue catalogue) {
        this.catalogue = catalogue;
        this.names = new MarkerNames(catalogue);
    }

    /** Parses with the date order detected from the file; see {@link LabFileParse#needsDateOrder()}. */
    public LabFileParse parse(byte[] content) {
        return parse(content, ImportChoices.NONE, LabConventions.NONE, null);
    }

    /**
     * @param dateOrder how to read slash dates, when the caller knows or was asked; null to detect it
     * @param birthDate the patient's birth date, for age-banded default ranges (PSA, SHBG) at each sample
     *     date; null leaves such markers unflagged unless the row has its own range
     */
    public LabFileParse parse(byte[] content, @Nullable DateOrder dateOrder, @Nullable LocalDate birthDate) {
        return parse(content, ImportChoices.NONE.withDateOrder(dateOrder), LabConventions.NONE, birthDate);
    }

    /**
     * @param choices what the clinician said about this file (date order, decimal mark, columns)
     * @param conventions what clinicians said about earlier files: columns per header, marker names per lab
     * @param birthDate the patient's birth date, for age-banded default ranges (PSA, SHBG) at each sample
     *     date; null leaves such markers unflagged unless the row has its own range
     */
    public LabFileParse parse(byte[] content, ImportChoices choices, LabConventions conventions,
                              @Nullable LocalDate birthDate) {
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
                    DateOrderStatus.NOT_NEEDED, null, null, DecimalMarkStatus.NOT_NEEDED, null, List.of());
        }

        String layoutKey = Columns.layoutKey(header);
        Columns columns;
        ColumnsStatus columnsStatus;
        var remembered = conventions.columns(layoutKey);
        if (choices.columns() != null) {
            columns = Columns.chosen(header, choices.columns());
            columnsStatus = ColumnsStatus.CHOSEN;
        } else if (remembered.isPresent()) {
            columns = Columns.chosen(header, remembered.get());
            columnsStatus = ColumnsStatus.REMEMBERED;
        } else {
            columns = Columns.of(header);
            columnsStatus = ColumnsStatus.RECOGNISED;
        }
        List<String> missing = columns.missingRequired();
        if (!missing.isEmpty()) {
            var layout = new FileLayout(header, layoutKey, columns.assignment(), ColumnsStatus.UNKNOWN, firstRows(rows));
            return LabFileParse.unreadable("The header row (line " + (headerIndex + 1) + ") has no column for "
                    + String.join(", ", missing) + ". Columns found: "
                    + CollectionDates.quoted(String.join(", ", header)) + ". Say which column holds what.",
                    delimiter, layout);
        }
        var layout = new FileLayout(header, layoutKey, columns.assignment(), columnsStatus, firstRows(rows));

        DateDecision dates = choices.dateOrder() != null
                ? new DateDecision(DateOrderStatus.CHOSEN, choices.dateOrder(), null)
                : decideDateOrder(rows, columns);
        DecimalMarkStatus decimalStatus;
        DecimalMark decimalMark;
        if (choices.decimalMark() != null) {
            decimalStatus = DecimalMarkStatus.CHOSEN;
            decimalMark = choices.decimalMark();
        } else {
            decimalMark = decideDecimalMark(rows, columns);
            decimalStatus = decimalMark != null ? DecimalMarkStatus.DETECTED
                    : anyReadsDifferently(rows, columns) ? DecimalMarkStatus.AMBIGUOUS : DecimalMarkStatus.NOT_NEEDED;
        }
        // With nothing to decide, the mark changes no number; a semicolon file most likely writes a comma.
        char mark = decimalMark != null ? decimalMark.sign() : delimiter == ';' ? ',' : '.';
        FileReading reading = new FileReading(columns, dates, decimalStatus == DecimalMarkStatus.AMBIGUOUS, mark,
                birthDate, conventions, LabConventions.layoutLabKey(layoutKey),
                "files with the columns " + CollectionDates.quoted(String.join(", ", header)), sha256());

        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> fields = row.fields();
            outcomes.add(fields == null
                    ? new RowOutcome.Rejected(row.line(), List.of(String.valueOf(row.problem())))
                    : read(row.line(), fields, reading));
        }
        return new LabFileParse(null, outcomes, delimiter, dates.status(), dates.order(), layout, decimalStatus,
                decimalStatus == DecimalMarkStatus.NOT_NEEDED ? null : decimalMark,
                List.copyOf(reading.unknownNames.values()));
    }

    private record Row(int line, @Nullable List<String> fields, @Nullable String problem) {
    }

    /** @param example a deciding date and its line, to name in a row that contradicts the decided order */
    private record DateDecision(DateOrderStatus status, @Nullable DateOrder order, @Nullable String example) {
    }

    /** What every row of one file is read with, and the unknown names found on the way. */
    private static final class FileReading {
        final Columns columns;
        final DateDecision dates;
        final boolean decimalUndecided;
        final char decimalMark;
        final @Nullable LocalDate birthDate;
        final LabConventions conventions;
        final String layoutLabKey;
        final String layoutDescription;
        final MessageDigest sha256;
        final Map<String, UnknownName> unknownNames = new LinkedHashMap<>();

        FileReading(Columns columns, DateDecision dates, boolean decimalUndecided, char decimalMark,
                    @Nullable LocalDate birthDate, LabConventions conventions, String layoutLabKey,
                    String layoutDescription, MessageDigest sha256) {
            this.columns = columns;
            this.dates = dates;
            this.decimalUndecided = decimalUndecided;
            this.decimalMark = decimalMark;
            this.birthDate = birthDate;
            this.conventions = conventions;
            this.layoutLabKey = layoutLabKey;
            this.layoutDescription = layoutDescription;
            this.sha256 = sha256;
        }

        void unknown(String labKey, String lab, String name) {
            unknownNames.merge(labKey + '\u001f' + LabConventions.nameKey(name), new UnknownName(labKey, lab, name, 1),
                    (known, again) -> new UnknownName(known.labKey(), known.lab(), known.name(), known.rows() + 1));
        }
    }

    private static List<List<String>> firstRows(List<Row> rows) {
        return rows.stream().map(Row::fields).filter(java.util.Objects::nonNull).limit(FIRST_ROWS_SHOWN).toList();
    }

    private RowOutcome read(int line, List<String> fields, FileReading file) {
        Columns columns = file.columns;
        List<String> reasons = new ArrayList<>();
        String markerText = columns.find(fields, ColumnRole.MARKER).orElse(columns.get(fields, ColumnRole.CODE));
        RowText written = new RowText(columns.get(fields, ColumnRole.DATE), markerText,
                columns.get(fields, ColumnRole.VALUE), columns.get(fields, ColumnRole.UNIT),
                columns.get(fields, ColumnRole.RANGE), columns.get(fields, ColumnRole.FLAG));
        char decimalMark = file.decimalMark;

        LocalDate date = null;
        String dateText = columns.get(fields, ColumnRole.DATE);
        if (dateText.isEmpty()) {
            reasons.add("missing date");
        } else if (contradictsOrder(dateText, file.dates)) {
            reasons.add("date \"" + CollectionDates.quoted(dateText) + "\" can only be read "
                    + (file.dates.order() == DateOrder.DAY_FIRST ? "month-first" : "day-first")
                    + ", but the other dates of this file are "
                    + (file.dates.order() == DateOrder.DAY_FIRST ? "day-first" : "month-first")
                    + " (" + file.dates.example() + ")");
        } else {
            switch (CollectionDates.read(dateText, file.dates.order())) {
                case CollectionDates.Reading.Ok ok -> date = ok.date();
                case CollectionDates.Reading.Problem problem -> reasons.add(problem.reason());
            }
        }

        Marker marker = recogniseMarker(fields, file, reasons);

        BigDecimal number = null;
        String valueText = columns.get(fields, ColumnRole.VALUE);
        // A censored cell ("<0.2", "> 1500") keeps its comparator: the limit is read like any other number.
        Censoring.Prefixed censored = Censoring.prefixOf(valueText);
        if (valueText.isEmpty()) {
            reasons.add("missing value");
        } else if (censored.censoring().isCensored() && censored.rest().isEmpty()) {
            reasons.add("value \"" + CollectionDates.quoted(valueText) + "\" has no limit after \""
                    + censored.censoring().symbol() + "\"");
        } else if (file.decimalUndecided && DecimalEvidence.readsDifferently(censored.rest())) {
            reasons.add(DecimalEvidence.bothReadings("value", valueText));
        } else {
            number = NumberText.parse(censored.rest(), decimalMark);
            if (number == null) {
                reasons.add("value \"" + CollectionDates.quoted(valueText) + "\" is not a number"
                        + (censored.censoring().isCensored() ? " after \"" + censored.censoring().symbol() + "\"" : ""));
            }
        }

        Unit unit = null;
        String unitText = columns.get(fields, ColumnRole.UNIT);
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

        ReferenceRange labRange = unit == null ? null : labRange(fields, file, unit, reasons);

        if (!reasons.isEmpty() || marker == null || date == null || number == null || unit == null) {
            return new RowOutcome.Rejected(line, reasons, written);
        }
        ReportedValue value = new ReportedValue(censored.censoring(), new Quantity(number, unit));
        Optional<String> impossible = marker.implausibility(value);
        if (impossible.isPresent()) {
            return new RowOutcome.Rejected(line, List.of(impossible.get()), written);
        }
        LocalDate birthDate = file.birthDate;
        Integer age = birthDate == null || date.isBefore(birthDate) ? null : Period.between(birthDate, date).getYears();
        FlaggedValue flagged = marker.evaluate(value, labRange, age);
        String record = columns.find(fields, ColumnRole.RECORD).orElse(null);
        String method = columns.find(fields, ColumnRole.METHOD).orElse(null);
        return new RowOutcome.Accepted(line,
                new ImportedResult(record, date, flagged, method, fingerprint(file.sha256, record, date, flagged)),
                written);
    }

    private static boolean contradictsOrder(String dateText, DateDecision dates) {
        if (dates.status() != DateOrderStatus.DETECTED) {
            return false;
        }
        DateOrder evidence = CollectionDates.evidence(dateText);
        return evidence != null && evidence != dates.order();
    }

    /**
     * By LOINC code; then by what a clinician said this lab means by the name; then by the catalogue's
     * names, also without the method and specimen words labs add.
     */
    private @Nullable Marker recogniseMarker(List<String> fields, FileReading file, List<String> reasons) {
        Columns columns = file.columns;
        String code = columns.get(fields, ColumnRole.CODE);
        String name = columns.get(fields, ColumnRole.MARKER);
        Optional<Marker> marker = code.isEmpty() ? Optional.empty() : catalogue.recognise(code);
        String labName = columns.get(fields, ColumnRole.LAB);
        String labKey = labName.isEmpty() ? file.layoutLabKey : LabConventions.labKey(labName);
        String written = name.isEmpty() ? code : name;
        if (marker.isEmpty() && !written.isEmpty()) {
            marker = file.conventions.marker(labKey, written).flatMap(catalogue::find);
        }
        if (marker.isEmpty() && !name.isEmpty()) {
            marker = names.recognise(name);
        }
        if (marker.isPresent()) {
            return marker.get();
        }
        if (code.isEmpty() && name.isEmpty()) {
            reasons.add("missing marker");
            return null;
        }
        file.unknown(labKey, labName.isEmpty() ? file.layoutDescription : labName, written);
        if (name.isEmpty()) {
            reasons.add("unknown marker code \"" + CollectionDates.quoted(code) + "\"");
        } else {
            reasons.add("unknown marker \"" + CollectionDates.quoted(name) + "\""
                    + (code.isEmpty() ? "" : " (code \"" + CollectionDates.quoted(code) + "\")"));
        }
        return null;
    }

    private static @Nullable ReferenceRange labRange(List<String> fields, FileReading file, Unit unit,
            List<String> reasons) {
        Columns columns = file.columns;
        char decimalMark = file.decimalMark;
        String rangeText = columns.get(fields, ColumnRole.RANGE);
        if (!rangeText.isEmpty()) {
            if (file.decimalUndecided && RangeText.readsDifferently(rangeText)) {
                reasons.add("reference range \"" + CollectionDates.quoted(rangeText) + "\" reads differently with a "
                        + "decimal point and a decimal comma; say which this file uses");
                return null;
            }
            Optional<ReferenceRange> range = RangeText.parse(rangeText, unit, decimalMark);
            if (range.isEmpty()) {
                reasons.add("reference range \"" + CollectionDates.quoted(rangeText) + "\" is not understood "
                        + "(expected e.g. 1.3-9.6, <6.4 or >16)");
            }
            return range.orElse(null);
        }
        String lowText = columns.get(fields, ColumnRole.LOW);
        String highText = columns.get(fields, ColumnRole.HIGH);
        if (lowText.isEmpty() && highText.isEmpty()) {
            return null;
        }
        if (file.decimalUndecided && (DecimalEvidence.readsDifferently(lowText) || DecimalEvidence.readsDifferently(highText))) {
            reasons.add("reference limits \"" + CollectionDates.quoted(lowText) + "\" / \"" + CollectionDates.quoted(highText)
                    + "\" read differently with a decimal point and a decimal comma; say which this file uses");
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

    /**
     * The order the deciding dates show (a first number above 12 is a day, a second one above 12 is one
     * too). When they disagree, the order most of them show wins and the others are their rows' errors;
     * only a tie, or no deciding date at all, leaves the choice to the caller.
     */
    private static DateDecision decideDateOrder(List<Row> rows, Columns columns) {
        boolean dependent = false;
        int dayFirst = 0;
        int monthFirst = 0;
        String dayFirstExample = null;
        String monthFirstExample = null;
        for (Row row : rows) {
            List<String> fields = row.fields();
            if (fields == null) {
                continue;
            }
            String date = columns.get(fields, ColumnRole.DATE);
            if (CollectionDates.dependsOnOrder(date)) {
                dependent = true;
                DateOrder evidence = CollectionDates.evidence(date);
                String example = "line " + row.line() + ": " + CollectionDates.quoted(date);
                if (evidence == DateOrder.DAY_FIRST) {
                    dayFirst++;
                    dayFirstExample = dayFirstExample == null ? example : dayFirstExample;
                } else if (evidence == DateOrder.MONTH_FIRST) {
                    monthFirst++;
                    monthFirstExample = monthFirstExample == null ? example : monthFirstExample;
                }
            }
        }
        if (!dependent) {
            return new DateDecision(DateOrderStatus.NOT_NEEDED, null, null);
        }
        if (dayFirst > monthFirst) {
            return new DateDecision(DateOrderStatus.DETECTED, DateOrder.DAY_FIRST, dayFirstExample);
        }
        if (monthFirst > dayFirst) {
            return new DateDecision(DateOrderStatus.DETECTED, DateOrder.MONTH_FIRST, monthFirstExample);
        }
        return new DateDecision(dayFirst > 0 ? DateOrderStatus.CONFLICTING : DateOrderStatus.AMBIGUOUS, null, null);
    }

    /**
     * The file's decimal mark, only from evidence: a value, range or limit that only one mark explains
     * ("0,5", "4.56", "250-1,100"). Null when nothing decides or the evidence points both ways.
     */
    private static @Nullable DecimalMark decideDecimalMark(List<Row> rows, Columns columns) {
        boolean comma = false;
        boolean point = false;
        for (Row row : rows) {
            List<String> fields = row.fields();
            if (fields == null || (comma && point)) {
                continue;
            }
            for (DecimalMark evidence : new DecimalMark[] {
                    DecimalEvidence.of(columns.get(fields, ColumnRole.VALUE)),
                    DecimalEvidence.of(columns.get(fields, ColumnRole.LOW)),
                    DecimalEvidence.of(columns.get(fields, ColumnRole.HIGH)),
                    RangeText.evidence(columns.get(fields, ColumnRole.RANGE))}) {
                comma |= evidence == DecimalMark.COMMA;
                point |= evidence == DecimalMark.POINT;
            }
        }
        return comma == point ? null : comma ? DecimalMark.COMMA : DecimalMark.POINT;
    }

    private static boolean anyReadsDifferently(List<Row> rows, Columns columns) {
        for (Row row : rows) {
            List<String> fields = row.fields();
            if (fields != null && (DecimalEvidence.readsDifferently(columns.get(fields, ColumnRole.VALUE))
                    || DecimalEvidence.readsDifferently(columns.get(fields, ColumnRole.LOW))
                    || DecimalEvidence.readsDifferently(columns.get(fields, ColumnRole.HIGH))
                    || RangeText.readsDifferently(columns.get(fields, ColumnRole.RANGE)))) {
                return true;
            }
        }
        return false;
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
