package com.hpgdesk.assessment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.MarkerTables;
import com.hpgdesk.assessment.engine.MarkerTablesTest;
import com.hpgdesk.assessment.engine.PatientInputs;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures for the speed questions, printed rather than asserted (a timing on a shared build machine
 * says little and would fail at random). Run with
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.assessment.bench.**'}.
 */
@Tag("benchmark")
class AssessmentBenchmarks {

    private static final int WARM_UP = 2_000;
    private static final int RUNS = 2_000;

    @Test
    void assessingOnePatientWithTwoYearsOfData() {
        PatientInputs inputs = MarkerTablesTest.twoYears(11);
        MarkerTables tables = new MarkerTables(AssessmentRules.standard());
        LocalDate on = LocalDate.of(2027, 1, 1);
        Assessment last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = tables.assess(inputs, on, on.minusMonths(1));
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            last = tables.assess(inputs, on, on.minusMonths(1));
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / RUNS;
        System.out.printf(Locale.ROOT, "BENCH assessment: one patient, %d lab results + %d lifestyle values over two "
                        + "years, assessed with the change since a month before: %.0f µs per assessment (warm, mean of %d; "
                        + "goal < 5 ms)%n", inputs.labs().size(), inputs.lifestyle().size(), micros, RUNS);
        assertThat(last.rows()).hasSize(10);
    }
}
