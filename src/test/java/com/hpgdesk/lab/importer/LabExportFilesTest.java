package com.hpgdesk.lab.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Files as labs send them, from src/test/resources/lab/imports. */
class LabExportFilesTest {

    private final LabFileImporter importer = new LabFileImporter(MarkerCatalogue.standard());

    static byte[] sample(String name) {
        try (InputStream in = LabExportFilesTest.class.getResourceAsStream("/lab/imports/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LabFileParse parse(String name, ImportChoices choices, LabConventions conventions) {
        return importer.parse(sample(name), choices, conventions, LocalDate.of(1984, 5, 2));
    }

    private static String key(RowOutcome.Accepted row) {
        return row.result().value().marker().key().value();
    }

    @Test
    void aUsReferenceLabExportAsksOnceForTheOneNameItDoesNotKnowAndNeverAgain() {
        LabFileParse first = parse("us-reference-lab.csv", ImportChoices.NONE, LabConventions.NONE);

        assertThat(first.fileProblem()).isNull();
        assertThat(first.layout().status()).isEqualTo(ColumnsStatus.RECOGNISED);
        assertThat(first.dateOrderStatus()).isEqualTo(DateOrderStatus.DETECTED);
        assertThat(first.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(first.decimalMark()).isEqualTo(DecimalMark.POINT);
        assertThat(first.needsDecimalMark()).isFalse();
        assertThat(first.unknownNames()).containsExactly(new UnknownName(LabConventions.labKey("Quest Diagnostics"),
                "Quest Diagnostics", "Testosterone, Free, Direct", 2));
        assertThat(first.rejected()).extracting(RowOutcome::line).containsExactly(3, 12);
        assertThat(first.rejected()).allSatisfy(row -> {
            assertThat(row.written().marker()).isEqualTo("Testosterone, Free, Direct");
            assertThat(row.written().value()).isNotEmpty();
        });
        assertThat(first.accepted()).extracting(LabExportFilesTest::key).containsExactly(
                "TOTAL_TESTOSTERONE", "LH", "FSH", "ESTRADIOL", "HS_CRP", "SHBG", "PSA", "VITAMIN_D_25OH",
                "TOTAL_TESTOSTERONE", "LH", "FSH", "HS_CRP", "TOTAL_TESTOSTERONE");

        var total = first.accepted().getFirst();
        assertThat(total.result().collected()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(total.result().value().range().low()).isEqualByComparingTo("250");
        assertThat(total.result().value().range().high()).isEqualByComparingTo("1100");
        assertThat(total.result().value().flag()).isEqualTo(Flag.BELOW_RANGE);
        assertThat(total.written().labFlag()).isEqualTo("L");
        var lcms = first.accepted().getLast();
        assertThat(lcms.result().collected()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(lcms.result().value().reported().quantity().value()).isEqualByComparingTo("1012");
        assertThat(lcms.result().value().range().low()).isEqualByComparingTo("1000");
        assertThat(lcms.result().value().range().high()).isEqualByComparingTo("1500");
        assertThat(first.accepted().get(4).result().value().range().high()).isEqualByComparingTo("1.0");

        var told = new LabConventions(Map.of(), Map.of(LabConventions.labKey("Quest Diagnostics"),
                Map.of(LabConventions.nameKey("Testosterone, Free, Direct"), new MarkerKey("FREE_TESTOSTERONE"))));
        LabFileParse second = parse("us-reference-lab.csv", ImportChoices.NONE, told);
        assertThat(second.unknownNames()).isEmpty();
        assertThat(second.rejected()).isEmpty();
        assertThat(second.accepted()).hasSize(15);
        assertThat(key(second.accepted().get(1))).isEqualTo("FREE_TESTOSTERONE");
    }

    @Test
    void aGermanExportWithLoincCodesDecimalCommasAndDottedDatesImportsWithoutAQuestion() {
        LabFileParse parse = parse("de-labor.csv", ImportChoices.NONE, LabConventions.NONE);

        assertThat(parse.fileProblem()).isNull();
        assertThat(parse.delimiter()).isEqualTo(';');
        assertThat(parse.layout().columns()).containsEntry(ColumnRole.DATE, 0).containsEntry(ColumnRole.MARKER, 1)
                .containsEntry(ColumnRole.CODE, 2).containsEntry(ColumnRole.VALUE, 3).containsEntry(ColumnRole.UNIT, 4)
                .containsEntry(ColumnRole.RANGE, 5);
        assertThat(parse.needsDateOrder()).isFalse();
        assertThat(parse.needsDecimalMark()).isFalse();
        assertThat(parse.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(parse.unknownNames()).isEmpty();
        assertThat(parse.rejected()).isEmpty();
        assertThat(parse.accepted()).hasSize(12);
        var testosterone = parse.accepted().getFirst().result();
        assertThat(testosterone.collected()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(testosterone.value().reported().quantity().value()).isEqualByComparingTo("7.4");
        assertThat(testosterone.value().reported().unit()).isEqualTo(Unit.NMOL_PER_L);
        assertThat(testosterone.value().range().low()).isEqualByComparingTo("8.64");
        assertThat(testosterone.value().flag()).isEqualTo(Flag.BELOW_RANGE);
        var crp = parse.accepted().get(10).result();
        assertThat(crp.value().marker().key().value()).isEqualTo("HS_CRP");
        assertThat(crp.value().range().low()).isNull();
        assertThat(crp.value().range().high()).isEqualByComparingTo("5");
    }

    @Test
    void frenchAndItalianExportsAreReadByTheirHeaderWords() {
        LabFileParse french = parse("fr-laboratoire.csv", ImportChoices.NONE, LabConventions.NONE);
        assertThat(french.fileProblem()).isNull();
        assertThat(french.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(french.rejected()).isEmpty();
        assertThat(french.accepted()).extracting(LabExportFilesTest::key)
                .containsExactly("TOTAL_TESTOSTERONE", "LH", "FSH", "TOTAL_TESTOSTERONE");
        assertThat(french.accepted().getLast().result().collected()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(french.accepted().get(1).result().value().reported().unit()).isEqualTo(Unit.IU_PER_L);

        LabFileParse italian = parse("it-laboratorio.csv", ImportChoices.NONE, LabConventions.NONE);
        assertThat(italian.fileProblem()).isNull();
        assertThat(italian.rejected()).isEmpty();
        assertThat(italian.accepted()).extracting(LabExportFilesTest::key)
                .containsExactly("TOTAL_TESTOSTERONE", "PROLACTIN", "HEMATOCRIT", "TOTAL_TESTOSTERONE");
        assertThat(italian.accepted().getFirst().result().collected()).isEqualTo(LocalDate.of(2025, 3, 5));
    }

    @Test
    void aSpanishExportIsReadByItsHeaderWords() {
        LabFileParse spanish = parse("es-laboratorio.csv", ImportChoices.NONE, LabConventions.NONE);

        assertThat(spanish.fileProblem()).isNull();
        assertThat(spanish.layout().status()).isEqualTo(ColumnsStatus.RECOGNISED);
        assertThat(spanish.layout().columns()).containsEntry(ColumnRole.DATE, 0).containsEntry(ColumnRole.MARKER, 1)
                .containsEntry(ColumnRole.VALUE, 2).containsEntry(ColumnRole.UNIT, 3).containsEntry(ColumnRole.RANGE, 4);
        assertThat(spanish.delimiter()).isEqualTo(';');
        assertThat(spanish.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(spanish.needsDateOrder()).isFalse();
        assertThat(spanish.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(spanish.unknownNames()).isEmpty();
        assertThat(spanish.rejected()).isEmpty();
        assertThat(spanish.accepted()).extracting(LabExportFilesTest::key).containsExactly("TOTAL_TESTOSTERONE", "LH",
                "FSH", "ESTRADIOL_METHOD_UNKNOWN", "PROLACTIN", "HEMATOCRIT", "TOTAL_TESTOSTERONE");

        var lh = spanish.accepted().get(1).result();
        assertThat(lh.collected()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(lh.value().reported().quantity().value()).isEqualByComparingTo("0.9");
        assertThat(lh.value().reported().unit()).isEqualTo(Unit.IU_PER_L);
        assertThat(lh.value().range().low()).isEqualByComparingTo("1.7");
        assertThat(lh.value().flag()).isEqualTo(Flag.BELOW_RANGE);
        var estradiol = spanish.accepted().get(3).result().value();
        assertThat(estradiol.reported().toString()).isEqualTo("< 5 pg/mL");
        assertThat(estradiol.flag()).isEqualTo(Flag.BELOW_RANGE);
        assertThat(spanish.accepted().getLast().result().collected()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(spanish.accepted().getLast().result().value().reported().quantity().value())
                .isEqualByComparingTo("4.45");
    }

    @Test
    void aSpanishHeaderNamingTheTestColumnAnalisisIsRecognisedToo() {
        String file = new String(sample("es-laboratorio.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(";Prueba;", ";Análisis;").replace("Intervalo de referencia", "Rango de referencia");
        LabFileParse parse = importer.parse(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportChoices.NONE,
                LabConventions.NONE, LocalDate.of(1984, 5, 2));

        assertThat(parse.layout().status()).isEqualTo(ColumnsStatus.RECOGNISED);
        assertThat(parse.layout().columns()).containsEntry(ColumnRole.MARKER, 1).containsEntry(ColumnRole.RANGE, 4);
        assertThat(parse.accepted()).hasSize(7);
    }

    @Test
    void aFileWhoseNumbersReadTwoWaysAsksForTheDecimalMark() {
        LabFileParse undecided = parse("decimals-undecided.csv", ImportChoices.NONE, LabConventions.NONE);
        assertThat(undecided.decimalMarkStatus()).isEqualTo(DecimalMarkStatus.AMBIGUOUS);
        assertThat(undecided.needsDecimalMark()).isTrue();
        assertThat(undecided.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.reason()).isEqualTo("value \"1.250\" is 1.250 with a decimal point and 1250 with a decimal "
                    + "comma; say which this file uses");
        });
        assertThat(undecided.accepted()).hasSize(2);

        LabFileParse comma = parse("decimals-undecided.csv", ImportChoices.NONE.withDecimalMark(DecimalMark.COMMA),
                LabConventions.NONE);
        assertThat(comma.decimalMarkStatus()).isEqualTo(DecimalMarkStatus.CHOSEN);
        assertThat(comma.accepted().getFirst().result().value().reported().quantity().value()).isEqualByComparingTo("1250");
        LabFileParse point = parse("decimals-undecided.csv", ImportChoices.NONE.withDecimalMark(DecimalMark.POINT),
                LabConventions.NONE);
        assertThat(point.accepted().getFirst().result().value().reported().quantity().value()).isEqualByComparingTo("1.25");
    }

    @Test
    void aHeaderOfUnknownWordsShowsTheFirstRowsAndIsReadWithTheColumnsTheClinicianChose() {
        LabFileParse unknown = parse("unrecognised-columns.csv", ImportChoices.NONE, LabConventions.NONE);
        assertThat(unknown.needsColumns()).isTrue();
        assertThat(unknown.rows()).isEmpty();
        assertThat(unknown.layout().header()).containsExactly("Afnamedatum", "Bepaling", "Uitslag", "Eenheid",
                "Referentiewaarde");
        assertThat(unknown.layout().firstRows()).hasSize(2).first().asList().startsWith("2025-03-04", "LH", "4,1");

        Map<ColumnRole, Integer> columns = Map.of(ColumnRole.DATE, 0, ColumnRole.MARKER, 1, ColumnRole.VALUE, 2,
                ColumnRole.UNIT, 3, ColumnRole.RANGE, 4);
        LabFileParse chosen = parse("unrecognised-columns.csv", ImportChoices.NONE.withColumns(columns),
                LabConventions.NONE);
        assertThat(chosen.layout().status()).isEqualTo(ColumnsStatus.CHOSEN);
        assertThat(chosen.rejected()).isEmpty();
        assertThat(chosen.accepted()).hasSize(2);
        assertThat(chosen.accepted().getFirst().result().value().range().high()).isEqualByComparingTo("8.6");

        var remembered = new LabConventions(Map.of(unknown.layout().key(), columns), Map.of());
        LabFileParse again = parse("unrecognised-columns.csv", ImportChoices.NONE, remembered);
        assertThat(again.layout().status()).isEqualTo(ColumnsStatus.REMEMBERED);
        assertThat(again.accepted()).hasSize(2);
    }

    @Test
    void theLayoutKeyIgnoresCaseSpacesAndAccents() {
        assertThat(LabConventions.layoutKey(java.util.List.of("Date de prélèvement", "Unité")))
                .isEqualTo(LabConventions.layoutKey(java.util.List.of("DATE DE PRELEVEMENT", "unite")))
                .isNotEqualTo(LabConventions.layoutKey(java.util.List.of("Unité", "Date de prélèvement")));
    }
}
