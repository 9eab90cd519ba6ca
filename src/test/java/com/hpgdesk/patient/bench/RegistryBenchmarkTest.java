package com.hpgdesk.patient.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.demo.DemoPracticeGenerator;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Figures for the registry at practice scale: generating synthetic patients, registering them through the
 * service (validation, audit chain and all), and searching the result. Prints its figures; asserts only that
 * the work was done. Scale with {@code -Dhpg.bench.patients=100000} (the default keeps a run to minutes):
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.patient.bench.**'}.
 */
@Tag("benchmark")
@DeskSpringTest
class RegistryBenchmarkTest {

    private static final int GENERATED = 100_000;
    private static final int OFFSET = 1_000_000;

    @Autowired
    PatientService patients;

    @Autowired
    AccountService accounts;

    @Test
    void registryAtScale() {
        int registered = Integer.getInteger("hpg.bench.patients", 5_000);
        List<Long> clinicians = SystemActor.call(() -> accounts.listActiveClinicians().stream()
                .map(account -> account.getId()).toList());
        var today = SystemActor.call(patients::today);
        var generator = new DemoPracticeGenerator(DemoPracticeGenerator.DEFAULT_SEED, today);

        long started = System.nanoTime();
        int courses = 0;
        for (int i = 0; i < GENERATED; i++) {
            courses += generator.patient(OFFSET + i, clinicians).courses().size();
        }
        double generateSeconds = seconds(started);
        System.out.printf("BENCH registry: generated %,d synthetic patients (%,d courses) in %.2f s%n",
                GENERATED, courses, generateSeconds);

        started = System.nanoTime();
        SystemActor.run(() -> {
            for (int i = 0; i < registered; i++) {
                var plan = generator.patient(OFFSET + i, clinicians);
                var patient = patients.register(plan.details());
                plan.courses().forEach(course -> patients.addCourse(patient.id(), course));
            }
        });
        double registerSeconds = seconds(started);
        System.out.printf("BENCH registry: registered %,d patients with their courses in %.1f s (%.2f ms a patient)%n",
                registered, registerSeconds, registerSeconds * 1000 / registered);

        long total = SystemActor.call(() -> patients.count(PatientQuery.ALL));
        assertThat(total).isGreaterThanOrEqualTo(registered);
        var page = PageRequest.of(0, 50);
        String[] searches = {"whitaker", "zoe", DemoPracticeGenerator.recordNumber(OFFSET + registered / 2), "1980-03-14"};
        for (String text : searches) {
            var query = new PatientQuery(text, null, null);
            int rounds = 20;
            long found = 0;
            started = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                found = SystemActor.call(() -> patients.count(query));
                SystemActor.call(() -> patients.search(query, page));
            }
            System.out.printf("BENCH registry: search '%s' over %,d patients: %.1f ms (count + first page of 50), "
                    + "%,d matches%n", text, total, seconds(started) * 1000 / rounds, found);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
