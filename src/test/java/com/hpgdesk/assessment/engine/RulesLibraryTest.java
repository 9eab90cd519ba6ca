package com.hpgdesk.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.assessment.curve.HormonalRecoveryCriteria;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every shipped rules version stays loadable by its version string; the newest is in force. */
class RulesLibraryTest {

    private static final RulesLibrary LIBRARY = RulesLibrary.standard();

    @Test
    void theNewestShippedFileIsInForceAndEveryEarlierOneStaysLoadableByItsVersion() {
        assertThat(LIBRARY.versions()).containsExactly("2026-12-v1", "2026-12-v2");
        assertThat(LIBRARY.inForce().version()).isEqualTo("2026-12-v2");
        assertThat(AssessmentRules.standard()).isSameAs(LIBRARY.inForce());
        AssessmentRules first = LIBRARY.version("2026-12-v1").orElseThrow();
        assertThat(first.version()).isEqualTo("2026-12-v1");
        assertThat(first).isNotSameAs(LIBRARY.inForce());
        assertThat(first.tables()).hasSize(2).allSatisfy(table -> assertThat(table.rows()).hasSize(5));
        assertThat(LIBRARY.version("2025-01-v0")).isEmpty();
    }

    @Test
    void anOldVersionStillAssessesUnderItsOwnVersionString() {
        var tables = new MarkerTables(LIBRARY.version("2026-12-v1").orElseThrow());
        var inputs = new PatientInputs(TreatmentState.unknown(), List.of(), List.of(), List.of());
        assertThat(tables.assess(inputs, java.time.LocalDate.of(2026, 6, 1), null).rulesVersion())
                .isEqualTo("2026-12-v1");
    }

    @Test
    void twoFilesWithOneVersionAreRefused() {
        assertThatThrownBy(() -> new RulesLibrary(List.of(LIBRARY.inForce(), LIBRARY.inForce())))
                .hasMessageContaining("2026-12-v2");
    }

    /** The rules page and the recovery chart cite Lykhonosov 2020 alike: volume, issue, pages and DOI. */
    @Test
    void theRulesInForceCiteLykhonosovAsTheRecoveryCurveDoes() {
        String curve = HormonalRecoveryCriteria.SOURCE.reference();
        Matcher issue = Pattern.compile("2020;66\\(1\\):104-12").matcher(curve);
        assertThat(issue.find()).as("the curve's citation: %s", curve).isTrue();
        var citation = LIBRARY.inForce().references().stream()
                .filter(reference -> reference.key().equals("LYKHONOSOV_2020")).findFirst().orElseThrow().citation();
        assertThat(citation).contains(issue.group(), HormonalRecoveryCriteria.SOURCE.doi())
                .doesNotContain("66(4)", "57-65");
        assertThat(LIBRARY.inForce().recovery().references()).extracting(Reference::citation).contains(citation);
    }
}
