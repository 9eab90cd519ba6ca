package com.hpgdesk.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rules file in force loads; a malformed one is refused with a message naming the row and the fault. */
class AssessmentRulesTest {

    private static String standardText() throws IOException {
        try (InputStream in = AssessmentRules.class.getResourceAsStream(AssessmentRules.STANDARD_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AssessmentRules load(String text) {
        return AssessmentRules.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test-rules.json");
    }

    @Test
    void theRulesInForceHaveBothTablesOfFiveRowsAndAVersion() {
        AssessmentRules rules = AssessmentRules.standard();
        assertThat(rules.version()).isNotBlank();
        assertThat(rules.tables()).hasSize(2).allSatisfy(table -> assertThat(table.rows()).hasSize(5));
        assertThat(rules.labFreshWeeks()).isEqualTo(12);
        assertThat(rules.lifestyleFreshWeeks()).isEqualTo(4);
        assertThat(rules.rows()).filteredOn(row -> row.unmeasurable() != null).extracting(RowRules::key)
                .containsExactlyInAnyOrder("GNRH_PULSATILITY", "GUT_BRAIN_SIGNALLING", "HYPOTHALAMIC_INFLAMMATION");
        assertThat(rules.rows()).allSatisfy(row -> assertThat(row.references()).isNotEmpty());
    }

    @Test
    void rowsThatReadOtherRowsComeAfterThem() {
        var order = AssessmentRules.standard().evaluationOrder().stream().map(RowRules::key).toList();
        assertThat(order.indexOf("DIETARY_COMPOSITION")).isLessThan(order.indexOf("GUT_BRAIN_SIGNALLING"));
        assertThat(order.indexOf("SYSTEMIC_INFLAMMATION")).isLessThan(order.indexOf("HYPOTHALAMIC_INFLAMMATION"));
        assertThat(order.indexOf("HYPOTHALAMIC_INFLAMMATION")).isLessThan(order.indexOf("GNRH_NEURON_ACTIVITY"));
    }

    @Test
    void anUnknownMarkerIsRefusedByName() throws IOException {
        String text = standardText().replaceFirst("\"input\": \"HS_CRP\"", "\"input\": \"HS_CRPX\"");
        assertThatThrownBy(() -> load(text))
                .isInstanceOf(AssessmentRules.InvalidRulesException.class)
                .hasMessageContaining("test-rules.json")
                .hasMessageContaining("row GNRH_PULSATILITY")
                .hasMessageContaining("unknown marker or input \"HS_CRPX\"");
    }

    @Test
    void aMissingThresholdIsRefused() throws IOException {
        String text = standardText().replaceFirst(
                "\"hinders\": \\{\\s*\"side\": \">\",\\s*\"value\": 3,\\s*\"unit\": \"mg/L\"\\s*},", "");
        assertThatThrownBy(() -> load(text))
                .hasMessageContaining("row GNRH_PULSATILITY input #1 (HS_CRP): missing threshold");
    }

    @Test
    void aThresholdInAnotherUnitIsRefused() throws IOException {
        String text = standardText().replaceFirst("\"value\": 340,\\s*\"unit\": \"ng/dL\"",
                "\"value\": 11.8, \"unit\": \"nmol/L\"");
        assertThatThrownBy(() -> load(text))
                .hasMessageContaining("recovery testosterone: wrong unit \"nmol/L\" for TOTAL_TESTOSTERONE "
                        + "(thresholds must be in ng/dL)");
    }

    @Test
    void aRowReadingAnUnknownRowIsRefused() throws IOException {
        String text = standardText().replace("\"row\": \"DIETARY_COMPOSITION\"", "\"row\": \"DIET\"");
        assertThatThrownBy(() -> load(text))
                .hasMessageContaining("row GUT_BRAIN_SIGNALLING: unknown input row \"DIET\"");
    }

    @Test
    void aDuplicateRowIsRefused() throws IOException {
        String text = standardText().replace("\"key\": \"INSULIN_SENSITIVITY\"", "\"key\": \"SYSTEMIC_INFLAMMATION\"");
        assertThatThrownBy(() -> load(text))
                .hasMessageContaining("row SYSTEMIC_INFLAMMATION: duplicate row");
    }

    @Test
    void rowsReadingEachOtherInACircleAreRefused() throws IOException {
        String text = standardText().replace("\"row\": \"DIETARY_COMPOSITION\"", "\"row\": \"GNRH_NEURON_ACTIVITY\"")
                .replaceFirst("\"row\": \"SYSTEMIC_INFLAMMATION\"", "\"row\": \"GUT_BRAIN_SIGNALLING\"");
        assertThatThrownBy(() -> load(text)).hasMessageContaining("in a circle");
    }

    @Test
    void notJsonAndAMissingVersionAreRefused() throws IOException {
        assertThatThrownBy(() -> load("{ not json")).hasMessageContaining("not valid JSON");
        String text = standardText().replaceFirst("\"version\": \"[^\"]+\",", "");
        assertThatThrownBy(() -> load(text)).hasMessageContaining("file: \"version\" must be a non-empty string");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        String text = standardText().replaceFirst("\"input\": \"HS_CRP\"", "\"input\": \"HS_CRPX\"")
                .replace("\"key\": \"INSULIN_SENSITIVITY\"", "\"key\": \"SYSTEMIC_INFLAMMATION\"");
        assertThatThrownBy(() -> load(text))
                .isInstanceOfSatisfying(AssessmentRules.InvalidRulesException.class,
                        e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2));
    }
}
