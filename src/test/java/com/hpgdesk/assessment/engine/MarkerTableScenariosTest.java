package com.hpgdesk.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Runs every clinical scenario of src/test/resources/assessment/scenarios against the rules in force. A
 * scenario states only what a clinician cares about: the status, some rows' verdicts, their change, words a
 * gap must mention, which inputs must be marked stale and which way a given input must push.
 */
class MarkerTableScenariosTest {

    private static final MarkerTables TABLES = new MarkerTables(AssessmentRules.standard());

    static List<Scenario> scenarios() throws URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(
                MarkerTableScenariosTest.class.getResource("/assessment/scenarios")).toURI());
        List<Scenario> all = Scenario.all(folder);
        assertThat(all).hasSizeGreaterThan(40);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void meetsTheClinicianExpectations(Scenario scenario) {
        Assessment assessment = TABLES.assess(scenario.inputs(), scenario.assessOn(), scenario.previous());
        JsonNode expect = scenario.expect();
        assertThat(expect.isEmpty()).as("a scenario must expect something").isFalse();
        assertThat(assessment.rulesVersion()).isEqualTo(TABLES.rules().version());
        if (expect.has("status")) {
            assertThat(assessment.status().name()).as("recovery status (%s)", assessment.statusExplanation())
                    .isEqualTo(expect.path("status").asString());
        }
        Scenario.strings(expect.path("verdicts")).forEach((row, verdict) ->
                assertThat(row(assessment, row).verdict().name()).as("verdict of %s: %s", row, describe(assessment, row))
                        .isEqualTo(verdict));
        Scenario.strings(expect.path("changes")).forEach((row, change) ->
                assertThat(row(assessment, row).change().name()).as("change of %s", row).isEqualTo(change));
        Scenario.strings(expect.path("gapsMention")).forEach((row, words) ->
                assertThat(String.join(" | ", row(assessment, row).gaps())).as("gaps of %s", row).contains(words));
        Scenario.strings(expect.path("notesMention")).forEach((row, words) ->
                assertThat(row(assessment, row).evidence()).as("evidence notes of %s", row)
                        .anyMatch(e -> e.note() != null && e.note().contains(words)));
        expect.path("stale").properties().forEach(entry -> {
            List<String> stale = row(assessment, entry.getKey()).evidence().stream().filter(Evidence::stale)
                    .map(Evidence::input).toList();
            entry.getValue().forEach(input -> assertThat(stale).as("stale inputs of %s", entry.getKey())
                    .contains(input.asString()));
        });
        expect.path("pushes").properties().forEach(entry -> {
            Map<String, String> pushes = Scenario.strings(entry.getValue());
            AssessedRow row = row(assessment, entry.getKey());
            pushes.forEach((input, push) -> assertThat(row.evidence()).as("evidence of %s: %s", entry.getKey(),
                            row.evidence())
                    .anyMatch(e -> e.input().equals(input) && e.push().name().equals(push)));
        });
    }

    private static AssessedRow row(Assessment assessment, String key) {
        return assessment.row(key).orElseThrow(() -> new AssertionError("no row " + key));
    }

    private static String describe(Assessment assessment, String key) {
        AssessedRow row = row(assessment, key);
        return row.evidence() + " gaps " + row.gaps();
    }
}
