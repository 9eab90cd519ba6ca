package com.hpgdesk.lab.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.RangeOrigin;
import com.hpgdesk.lab.Unit;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabFileImporterTest {

    private final LabFileImporter importer = new LabFileImporter(MarkerCatalogue.standard());

    private LabFileParse parse(String text) {
        return importer.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportedResult only(LabFileParse parse) {
        assertThat(parse.fileProblem()).isNull();
        assertThat(parse.rejected()).isEmpty();
        assertThat(parse.accepted()).hasSize(1);
        return parse.accepted().getFirst().result();
    }

    @Test
    void readsACommaFileWithNamesAndLoincCodes() {
        LabFileParse parse = parse("""
                Collection date,Test,LOINC,Result,Units,Reference range,Method,MRN
                2026-03-14,Total testosterone,2986-8,412,ng/dL,264-916,LC-MS/MS,HPG-001
                2026-03-14,LH,,0.4,mIU/mL,1.3-9.6,,HPG-001
                2026-03-14,,27873-9,12.5,uIU/mL,,,HPG-001
                """);

        assertThat(parse.fileProblem()).isNull();
        assertThat(parse.delimiter()).isEqualTo(',');
        assertThat(parse.dateOrderStatus()).isEqualTo(DateOrderStatus.NOT_NEEDED);
        assertThat(parse.rejected()).isEmpty();
        List<RowOutcome.Accepted> rows = parse.accepted();
        assertThat(rows).extracting(RowOutcome::line).containsExactly(2, 3, 4);

        ImportedResult tt = rows.get(0).result();
        assertThat(tt.value().marker().key().value()).isEqualTo("TOTAL_TESTOSTERONE");
        assertThat(tt.collected()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(tt.value().reported().quantity().value()).isEqualByComparingTo("412");
        assertThat(tt.value().flag()).isEqualTo(Flag.IN_RANGE);
        assertThat(tt.value().rangeOrigin()).isEqualTo(RangeOrigin.LAB);
        assertThat(tt.method()).isEqualTo("LC-MS/MS");
        assertThat(tt.recordNumber()).isEqualTo("HPG-001");
        assertThat(tt.contentFingerprint()).matches("[0-9a-f]{64}");

        ImportedResult lh = rows.get(1).result();
        assertThat(lh.value().marker().key().value()).isEqualTo("LH");
        assertThat(lh.value().reported().unit()).isEqualTo(Unit.MIU_PER_ML);
        assertThat(lh.value().canonical().unit()).isEqualTo(Unit.IU_PER_L);
        assertThat(lh.value().flag()).isEqualTo(Flag.BELOW_RANGE);

        ImportedResult insulin = rows.get(2).result();
        assertThat(insulin.value().marker().key().value()).isEqualTo("FASTING_INSULIN");
        assertThat(insulin.value().rangeOrigin()).isEqualTo(RangeOrigin.DEFAULT);
        assertThat(insulin.method()).isNull();
    }

    @Test
    void readsASemicolonFileWithDecimalCommasAndDayFirstDates() {
        LabFileParse parse = parse("""
                Datum;Analyte;Wert;Einheit;Referenzbereich
                14.03.2026;Testosteron, gesamt;9,8;nmol/l;8,6 - 29,0
                14.03.2026;TT;9,8;nmol/l;8,6 - 29,0
                15.03.2026;Estradiol;91,5;pmol/l;
                """);

        assertThat(parse.delimiter()).isEqualTo(';');
        assertThat(parse.decimalMarkStatus()).isEqualTo(DecimalMarkStatus.DETECTED);
        assertThat(parse.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(parse.rejected()).isEmpty();
        assertThat(parse.accepted().get(0).result().value().marker().key().value()).isEqualTo("TOTAL_TESTOSTERONE");
        ImportedResult tt = parse.accepted().get(1).result();
        assertThat(tt.value().reported().quantity().value()).isEqualByComparingTo("9.8");
        assertThat(tt.value().canonical().quantity().value().setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("282.6");
        assertThat(tt.value().flag()).isEqualTo(Flag.IN_RANGE);
        assertThat(tt.value().range().low()).isEqualByComparingTo("8.6");
        ImportedResult e2 = parse.accepted().get(2).result();
        assertThat(e2.collected()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(e2.value().canonical().quantity().value().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("24.92");
    }

    @Test
    void readsATabFileWithLowAndHighColumns() {
        LabFileParse parse = parse("sample date\tmarker\tvalue\tunit\tlow\thigh\n"
                + "2026-01-05\tSHBG\t61\tnmol/L\t10\t57\n"
                + "2026-01-05\tFSH\t0.3\tIU/L\t\t\n");
        assertThat(parse.delimiter()).isEqualTo('\t');
        assertThat(parse.accepted()).hasSize(2);
        assertThat(parse.accepted().get(0).result().value().flag()).isEqualTo(Flag.ABOVE_RANGE);
        assertThat(parse.accepted().get(0).result().value().rangeOrigin()).isEqualTo(RangeOrigin.LAB);
        assertThat(parse.accepted().get(1).result().value().flag()).isEqualTo(Flag.BELOW_RANGE);
        assertThat(parse.accepted().get(1).result().value().rangeOrigin()).isEqualTo(RangeOrigin.DEFAULT);
    }

    @Test
    void recognisesAMarkerByLoincEvenWhenTheNameIsUnknown() {
        ImportedResult byCode = only(parse("date,test,code,value,unit\n2026-03-14,Prolaktin,2842-3,300,mIU/L\n"));
        assertThat(byCode.value().marker().key().value()).isEqualTo("PROLACTIN");
        assertThat(byCode.value().canonical().quantity().value().setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("14.2");
    }

    @ParameterizedTest(name = "\"{0}\" for {1}")
    @CsvSource(delimiter = '|', value = {
            "µIU/mL | Insulin | 10",
            "\u03BCIU/mL | Insulin | 10",
            "mcIU/mL | Insulin | 10",
            "uU/ml | Insulin | 10",
            "MIU/ML | LH | 10",
            "x10^6/mL | Sperm concentration | 10",
            "million/mL | Sperm concentration | 10",
            "mill/ml | Sperm concentration | 10",
            "L/L | Hematocrit | 0.45",
            "mmol/mol | HbA1c | 48",
    })
    void readsUnitSpellings(String unit, String marker, String value) {
        ImportedResult result = only(parse("date,marker,value,unit\n2026-03-14," + marker + "," + value + "," + unit + "\n"));
        assertThat(result.value().reported().unit()).isEqualTo(Unit.parse(unit).orElseThrow());
    }

    @Test
    void readsWindows1252FilesWhereMicroIsOneByte() {
        byte[] bytes = "date;marker;value;unit\n2026-03-14;Zinc;12,0;µmol/L\n".getBytes(Charset.forName("windows-1252"));
        LabFileParse parse = importer.parse(bytes);
        assertThat(parse.accepted()).singleElement()
                .satisfies(r -> assertThat(r.result().value().reported().unit()).isEqualTo(Unit.UMOL_PER_L));
    }

    @Test
    void rejectsEachKindOfBadRowWithItsLineAndReason() {
        LabFileParse parse = parse("""
                date,marker,value,unit,range
                2026-03-14,xyz,5,IU/L,
                2026-03-14,LH,5,abc,
                2026-03-14,LH,five,IU/L,
                ,LH,5,IU/L,

                2026-03-14,Total testosterone,50000,ng/dL,
                2026-03-14,,5,IU/L,
                2026-03-14,LH,,IU/L,
                2026-03-14,LH,5,,
                2026-02-30,LH,5,IU/L,
                yesterday,LH,5,IU/L,
                2026-03-14,LH,<,IU/L,
                2026-03-14,LH,5,IU/L,see comment
                2026-03-14,"LH,5,IU/L,
                2026-03-14,Hematocrit,1.2,L/L,
                2026-03-14,LH,5,IU/L,1.3-9.6
                """);

        assertThat(parse.fileProblem()).isNull();
        assertThat(parse.accepted()).singleElement().extracting(RowOutcome::line).isEqualTo(17);
        assertThat(parse.rejected()).extracting(RowOutcome::line, RowOutcome.Rejected::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "unknown marker \"xyz\""),
                org.assertj.core.groups.Tuple.tuple(3, "Unit \"abc\" is not accepted for LH (accepted: IU/L, mIU/mL)."),
                org.assertj.core.groups.Tuple.tuple(4, "value \"five\" is not a number"),
                org.assertj.core.groups.Tuple.tuple(5, "missing date"),
                org.assertj.core.groups.Tuple.tuple(7, "Total testosterone 50,000 ng/dL is not physically possible "
                        + "(accepted 0–15,000 ng/dL). Check the value and unit."),
                org.assertj.core.groups.Tuple.tuple(8, "missing marker"),
                org.assertj.core.groups.Tuple.tuple(9, "missing value"),
                org.assertj.core.groups.Tuple.tuple(10, "missing unit"),
                org.assertj.core.groups.Tuple.tuple(11, "date \"2026-02-30\" does not exist"),
                org.assertj.core.groups.Tuple.tuple(12, "date \"yesterday\" is not a date this importer reads "
                        + "(2026-03-14, 14.03.2026, 14/03/2026 or 03/14/2026)"),
                org.assertj.core.groups.Tuple.tuple(13, "value \"<\" has no limit after \"<\""),
                org.assertj.core.groups.Tuple.tuple(14, "reference range \"see comment\" is not understood "
                        + "(expected e.g. 1.3-9.6, <6.4 or >16)"),
                org.assertj.core.groups.Tuple.tuple(15, "a quoted field is not closed (unbalanced \")"),
                org.assertj.core.groups.Tuple.tuple(16, "Hematocrit 1.2 L/L is not physically possible "
                        + "(accepted 0–1 L/L). Check the value and unit."));
    }

    @Test
    void listsEveryProblemOfARow() {
        LabFileParse parse = parse("date,marker,value,unit\n,xyz,abc,\n");
        assertThat(parse.rejected()).singleElement().satisfies(r ->
                assertThat(r.reasons()).containsExactly("missing date", "unknown marker \"xyz\"",
                        "value \"abc\" is not a number", "missing unit"));
    }

    @Test
    void asksTheCallerToChooseWhenEverySlashDateFitsBothOrders() {
        String file = """
                date,marker,value,unit
                03/04/2026,LH,5,IU/L
                05/06/2026,LH,6,IU/L
                """;
        LabFileParse undecided = parse(file);
        assertThat(undecided.dateOrderStatus()).isEqualTo(DateOrderStatus.AMBIGUOUS);
        assertThat(undecided.needsDateOrder()).isTrue();
        assertThat(undecided.dateOrder()).isNull();
        assertThat(undecided.accepted()).isEmpty();
        assertThat(undecided.rejected()).hasSize(2).allSatisfy(r -> assertThat(r.reason()).contains("day-first or month-first"));

        LabFileParse dayFirst = importer.parse(file.getBytes(StandardCharsets.UTF_8), DateOrder.DAY_FIRST, null);
        assertThat(dayFirst.dateOrderStatus()).isEqualTo(DateOrderStatus.CHOSEN);
        assertThat(dayFirst.accepted()).extracting(r -> r.result().collected())
                .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 6, 5));

        LabFileParse monthFirst = importer.parse(file.getBytes(StandardCharsets.UTF_8), DateOrder.MONTH_FIRST, null);
        assertThat(monthFirst.accepted()).extracting(r -> r.result().collected())
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 5, 6));
    }

    @Test
    void oneDayAboveTwelveDecidesTheOrderForTheWholeFile() {
        LabFileParse dayFirst = parse("date,marker,value,unit\n03/04/2026,LH,5,IU/L\n14/03/2026,LH,6,IU/L\n");
        assertThat(dayFirst.dateOrderStatus()).isEqualTo(DateOrderStatus.DETECTED);
        assertThat(dayFirst.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(dayFirst.accepted()).extracting(r -> r.result().collected())
                .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 3, 14));

        LabFileParse monthFirst = parse("date,marker,value,unit\n03/04/2026,LH,5,IU/L\n03/14/2026,LH,6,IU/L\n");
        assertThat(monthFirst.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(monthFirst.accepted()).extracting(r -> r.result().collected())
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 14));
    }

    @Test
    void asManyDayFirstAsMonthFirstDatesNeedTheCallersChoice() {
        LabFileParse parse = parse("date,marker,value,unit\n14/03/2026,LH,5,IU/L\n03/14/2026,LH,6,IU/L\n2026-03-15,LH,7,IU/L\n");
        assertThat(parse.dateOrderStatus()).isEqualTo(DateOrderStatus.CONFLICTING);
        assertThat(parse.needsDateOrder()).isTrue();
        assertThat(parse.accepted()).extracting(RowOutcome::line).containsExactly(4);
    }

    @Test
    void aDateThatContradictsTheDecidedOrderIsItsRowsErrorNotTheFiles() {
        LabFileParse parse = parse("""
                date,marker,value,unit
                03/14/2026,LH,5,IU/L
                03/21/2026,LH,6,IU/L
                04/02/2026,LH,7,IU/L
                15/04/2026,LH,8,IU/L
                """);
        assertThat(parse.dateOrderStatus()).isEqualTo(DateOrderStatus.DETECTED);
        assertThat(parse.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(parse.needsDateOrder()).isFalse();
        assertThat(parse.accepted()).extracting(r -> r.result().collected()).containsExactly(
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 4, 2));
        assertThat(parse.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("date \"15/04/2026\" can only be read day-first, but the other dates of "
                    + "this file are month-first (line 2: 03/14/2026)");
        });
    }

    @Test
    void usesTheBirthDateForAgeBandedDefaults() {
        String file = "date,marker,value,unit\n2026-03-14,PSA,3.0,ng/mL\n";
        assertThat(only(parse(file)).value().flag()).isEqualTo(Flag.NO_RANGE);
        LabFileParse aged45 = importer.parse(file.getBytes(StandardCharsets.UTF_8), null, LocalDate.of(1980, 6, 1));
        assertThat(only(aged45).value().flag()).isEqualTo(Flag.ABOVE_RANGE);
        LabFileParse aged55 = importer.parse(file.getBytes(StandardCharsets.UTF_8), null, LocalDate.of(1970, 6, 1));
        assertThat(only(aged55).value().flag()).isEqualTo(Flag.IN_RANGE);
    }

    @Test
    void theSameResultHasTheSameFingerprintHoweverItIsWritten() {
        String a = only(parse("date,marker,value,unit,mrn\n2026-03-14,Total testosterone,288.4,ng/dL,P1\n")).contentFingerprint();
        String b = only(parse("Date;Code;Result;Units;Record\n14.03.2026;2986-8;10,0;nmol/L;P1\n")).contentFingerprint();
        String otherPatient = only(parse("date,marker,value,unit,mrn\n2026-03-14,TT,288.4,ng/dL,P2\n")).contentFingerprint();
        String otherDay = only(parse("date,marker,value,unit,mrn\n2026-03-15,TT,288.4,ng/dL,P1\n")).contentFingerprint();
        String otherValue = only(parse("date,marker,value,unit,mrn\n2026-03-14,TT,288.5,ng/dL,P1\n")).contentFingerprint();
        assertThat(a).isEqualTo(b).isNotEqualTo(otherPatient).isNotEqualTo(otherDay).isNotEqualTo(otherValue);
    }

    @Test
    void readsQuotedFieldsAndAnExcelSeparatorLine() {
        LabFileParse parse = parse("sep=,\r\n\"date\",\"marker\",\"value\",\"unit\"\r\n\"2026-03-14\",\"Testosterone, total\",\"4,5\",\"ng/mL\"\r\n");
        ImportedResult result = only(parse);
        assertThat(result.value().reported().quantity().value()).isEqualByComparingTo("4.5");
        assertThat(result.value().canonical().quantity().value()).isEqualByComparingTo("450");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1,234.5 | 1234.5",
            "0,25 | 0.25",
            "12 500 | 12500",
            ".5 | 0.5",
    })
    void readsNumbersWithGroupingAndDecimalMarks(String value, String expected) {
        ImportedResult result = only(parse("date;marker;value;unit\n2026-03-14;IL-6;" + value + ";pg/mL\n"));
        assertThat(result.value().reported().quantity().value()).isEqualByComparingTo(expected);
    }

    @Test
    void readsAThousandsCommaAsGroupingInADecimalPointFile() {
        LabFileParse parse = parse("date\tmarker\tvalue\tunit\n2026-03-14\tTT\t1,234\tng/dL\n2026-03-14\tLH\t4.56\tIU/L\n");
        assertThat(parse.accepted().getFirst().result().value().reported().quantity().value()).isEqualByComparingTo("1234");
    }

    @Test
    void reportsFileLevelProblemsInsteadOfRows() {
        assertThat(importer.parse(new byte[0]).fileProblem()).isEqualTo("The file is empty.");
        assertThat(parse("\n  \n\n").fileProblem()).isEqualTo("The file is empty.");
        assertThat(parse("date,marker,value,unit\n").fileProblem()).isEqualTo("The file has a header row but no results.");
        assertThat(parse("just some words\nand more\n").fileProblem()).contains("not a header row");
        assertThat(parse("when,what,how much\n2026-03-14,LH,5\n").fileProblem())
                .startsWith("The header row (line 1) has no column for date, marker (test, analyte) or code (LOINC), value (result), unit.")
                .contains("Columns found: when, what, how much")
                .endsWith("Say which column holds what.");
        assertThat(importer.parse(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}).fileProblem())
                .isEqualTo("This is not a text (CSV) file: it contains binary data.");
        assertThat(parse("x".repeat(20_000)).fileProblem()).contains("is not a header row of a lab export");
    }

    @Test
    void refusesAHugeLineAsARowWithoutStopping() {
        LabFileParse parse = parse("date,marker,value,unit\n" + "2026-03-14,LH," + "9".repeat(50_000) + ",IU/L\n2026-03-14,LH,5,IU/L\n");
        assertThat(parse.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("characters long");
        });
        assertThat(parse.accepted()).singleElement().extracting(RowOutcome::line).isEqualTo(3);
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(20260314);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            LabFileParse parse = importer.parse(bytes);
            assertThat(parse.fileProblem() != null || !parse.rows().isEmpty()).as("sample %d says something", i).isTrue();
        }
    }

    @Test
    void neverThrowsOnRandomTextUnderAValidHeader() {
        Random random = new Random(42);
        String alphabet = "0123456789.,;\t\"-/<>µ ILHTtng/dLmolx%\n";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder("date,marker,value,unit,range,low,high\n");
            int length = random.nextInt(2000);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> parse(text.toString())).doesNotThrowAnyException();
        }
    }

    @Test
    void readsEveryRowOfALargeMixedFile() {
        String[][] rows = {
                {"Total testosterone", "412", "ng/dL"}, {"LH", "4,2", "mIU/mL"}, {"FSH", "5.1", "IU/L"},
                {"Estradiol", "91.5", "pmol/L"}, {"SHBG", "35", "nmol/L"}, {"HbA1c", "38", "mmol/mol"},
                {"xyz", "1", "IU/L"}, {"Insulin", "60", "pmol/L"}};
        StringBuilder file = new StringBuilder("Date\tTest\tResult\tUnit\tReference range\tMRN\n");
        for (int i = 0; i < 10_000; i++) {
            String[] row = rows[i % rows.length];
            file.append(String.format("%02d/03/2026\t%s\t%s\t%s\t\tP%d%n", 1 + i % 28, row[0], row[1], row[2], i % 50));
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        // How fast is measured by LabBenchmarks, which prints figures; a timed assertion fails under load.
        LabFileParse parse = importer.parse(bytes);

        assertThat(parse.rows()).hasSize(10_000);
        assertThat(parse.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(parse.rejected()).hasSize(1250).allSatisfy(r -> assertThat(r.reason()).isEqualTo("unknown marker \"xyz\""));
    }
}
