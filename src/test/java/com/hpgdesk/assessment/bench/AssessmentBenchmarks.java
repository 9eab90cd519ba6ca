package com.hpgdesk.assessment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.MarkerTables;
import com.hpgdesk.assessment.engine.MarkerTablesTest;
import com.hpgdesk.assessment.engine.PatientInputs;
import java.time.LocalDate;
import java.util.Locale;
import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures for the speed questions, printed rather than asserted (a timing on a shared build machine
 * says little and would fail at random). Run with
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.assessment.bench.**'}.
 */
@Tag("benchmark")
@DeskSpringTest
class AssessmentBenchmarks {

    @Autowired
    AssessmentService assessments;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    LabService labs;

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

    /**
     * Refreshes the summaries of {@code hpg.bench.summaries} patients (default 5,000; each with one lab report)
     * and extrapolates linearly to 100,000: registering 100,000 patients through the services takes longer than
     * the refresh itself on this machine.
     */
    @Test
    void refreshingEverySummary() {
        int count = Integer.getInteger("hpg.bench.summaries", 5_000);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        SystemActor.run(() -> {
            for (int i = 0; i < count; i++) {
                long id = LabTestPatients.register(patients, accounts, LocalDate.of(1980, 1, 1)).id();
                if (i % 2 == 0) {
                    labs.saveReport(id, today.minusDays(i % 60), null, List.of(
                            EnteredResult.of(new MarkerKey("HS_CRP"), "2.5", Unit.MG_PER_L),
                            EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "450", Unit.NG_PER_DL)));
                }
            }
            long start = System.nanoTime();
            int refreshed = assessments.refreshAllSummaries();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH assessment summaries: %d patients refreshed in %.1f s (%.2f ms each); "
                    + "extrapolated to 100,000 patients: %.0f s%n", refreshed, seconds, seconds * 1000 / refreshed,
                    seconds / refreshed * 100_000);
            assertThat(refreshed).isGreaterThanOrEqualTo(count);
        });
    }
}
