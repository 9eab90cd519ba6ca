package com.hpgdesk.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.lab.FlaggedValue;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.MarkerKey;
import com.hpgdesk.lab.Quantity;
import com.hpgdesk.lab.ReferenceRange;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.hpgdesk.lab.results.ImportProgress;
import com.hpgdesk.lab.results.LabExportFiles;
import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.LabTestPatients;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Figures for the speed questions, printed rather than asserted: timings on a shared build machine
 * say little about the product's speed, and a timed assertion would only fail at random. Excluded from the
 * normal build; run with {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.lab.bench.**'}.
 */
@Tag("benchmark")
@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class LabBenchmarks {

    private static final int REPORTS = 200;
    private static final int WARM_UP = 20;
    private static final int CONVERSIONS = 100_000;
    private static final int IMPORT_ROWS = 10_000;

    @Autowired
    LabService labs;
    @Autowired
    LabImportService imports;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;

    @Test
    void savingALabReport() {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1980, 1, 1)).id();
        LocalDate first = LocalDate.of(2000, 1, 1);
        long total = 0;
        for (int i = 0; i < WARM_UP + REPORTS; i++) {
            List<EnteredResult> report = List.of(
                    EnteredResult.of(MarkerKey.TOTAL_TESTOSTERONE, "1" + i % 10 + ".4", Unit.NMOL_PER_L),
                    EnteredResult.of(new MarkerKey("LH"), "4.2", Unit.IU_PER_L).withLabRange("1.7", "8.6"),
                    EnteredResult.of(new MarkerKey("FSH"), "5.1", Unit.IU_PER_L),
                    EnteredResult.of(MarkerKey.ESTRADIOL, "88", Unit.PMOL_PER_L),
                    EnteredResult.of(MarkerKey.SHBG, "33", Unit.NMOL_PER_L),
                    EnteredResult.of(new MarkerKey("PROLACTIN"), "210", Unit.MIU_PER_L));
            long start = System.nanoTime();
            labs.saveReport(patientId, first.plusDays(i), "Bench lab", report);
            if (i >= WARM_UP) {
                total += System.nanoTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "BENCH save lab report (6 results): mean %.2f ms over %d reports%n",
                total / 1e6 / REPORTS, REPORTS);
        assertThat(labs.reportsOf(patientId)).hasSize(WARM_UP + REPORTS);
    }

    @Test
    void convertingAndFlaggingResults() {
        MarkerCatalogue catalogue = MarkerCatalogue.standard();
        List<Marker> markers = catalogue.markers();
        Random random = new Random(42);
        Quantity[] values = new Quantity[CONVERSIONS];
        Marker[] of = new Marker[CONVERSIONS];
        ReferenceRange[] ranges = new ReferenceRange[CONVERSIONS];
        for (int i = 0; i < CONVERSIONS; i++) {
            Marker marker = markers.get(random.nextInt(markers.size()));
            Unit unit = marker.acceptedUnits().get(random.nextInt(marker.acceptedUnits().size()));
            BigDecimal canonicalMid = marker.plausibleLimits().low().add(marker.plausibleLimits().high())
                    .divide(BigDecimal.valueOf(2));
            of[i] = marker;
            values[i] = marker.convert(new Quantity(canonicalMid, marker.canonicalUnit()), unit).rounded(2);
            ranges[i] = i % 2 == 0 ? null : new ReferenceRange(BigDecimal.ZERO, values[i].value(), unit);
        }
        int flagged = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            flagged = 0;
            for (int i = 0; i < CONVERSIONS; i++) {
                FlaggedValue value = of[i].evaluate(values[i], ranges[i], 45);
                flagged += value.canonical().quantity().value().signum() >= 0 ? 1 : 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH convert+flag %s: %,d results in %.3f s = %,.0f results/s%n",
                    round == 0 ? "(cold)" : "(warm)", CONVERSIONS, seconds, CONVERSIONS / seconds);
        }
        assertThat(flagged).isEqualTo(CONVERSIONS);
    }

    @Test
    void importingA10000RowFile() {
        long patientId = LabTestPatients.register(patients, accounts, LocalDate.of(1975, 1, 1)).id();
        byte[] bytes = LabExportFiles.csv(IMPORT_ROWS, LocalDate.of(1999, 1, 1));
        long start = System.nanoTime();
        var preview = imports.previewImport(patientId, bytes, null, "bench.csv");
        long parsed = System.nanoTime();
        var summary = imports.commitImport(patientId, preview, ImportProgress.NONE);
        long committed = System.nanoTime();
        System.out.printf(Locale.ROOT, "BENCH import %,d rows: preview (parse + checks) %.2f s, commit %.2f s, "
                        + "total %.2f s; %d saved in %d reports%n", IMPORT_ROWS, (parsed - start) / 1e9,
                (committed - parsed) / 1e9, (committed - start) / 1e9, summary.saved(), summary.reportIds().size());
        assertThat(summary.saved()).isEqualTo(IMPORT_ROWS);
    }
}
