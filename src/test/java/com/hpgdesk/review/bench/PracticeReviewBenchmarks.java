package com.hpgdesk.review.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.TestPostgres;
import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.demo.DemoPracticeBulkLoad;
import com.hpgdesk.review.PracticeReviewService;
import com.hpgdesk.review.ReviewFilter;
import com.hpgdesk.review.ReviewQueryProbe;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Figures for the practice review at practice scale, printed rather than asserted (a timing on a shared build
 * machine says little and would fail at random). Loads {@code hpg.bench.review.patients} demo patients (default
 * 10,000; the figure is 100,000) with about 20 lab results each (a budget of 25 a patient) by batched JDBC, refreshes every summary
 * in batches (and, for comparison, a sample one patient at a time, as before), then times the review's first
 * page, a deep page, every sort, every filter and the counters on H2, and the same queries on a throw-away
 * PostgreSQL server holding a copy of the patients and summaries. Prints the plans of the slowest queries. Run
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.review.bench.**' -Dhpg.bench.review.patients=100000}.
 */
@Tag("benchmark")
@DeskSpringTest
class PracticeReviewBenchmarks {

    private static final int FIRST_INDEX = 1_000_000;
    private static final long FIRST_ID = 10_000_000L;
    private static final int PAGE = 50;
    private static final int RUNS = 5;

    @Autowired
    DataSource dataSource;
    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    PracticeReviewService review;

    @Test
    void reviewAtPracticeScale() throws Exception {
        int size = Integer.getInteger("hpg.bench.review.patients", 10_000);
        List<Long> clinicians = SystemActor.call(() -> accounts.listActiveClinicians().stream()
                .filter(account -> account.getRole() == com.hpgdesk.security.Role.CLINICIAN)
                .map(account -> account.getId()).toList());
        LocalDate today = SystemActor.call(assessments::today);

        long started = System.nanoTime();
        var loaded = new DemoPracticeBulkLoad(today, 25).load(dataSource, size, FIRST_INDEX, FIRST_ID, clinicians);
        System.out.printf(Locale.ROOT, "BENCH review: loaded %,d patients, %,d courses, %,d protocols, %,d lab reports,"
                        + " %,d lab results, %,d lifestyle weeks by batched JDBC in %.1f s%n", loaded.patients(),
                loaded.courses(), loaded.protocols(), loaded.reports(), loaded.results(), loaded.weeks(),
                seconds(started));

        // A small sample: one patient at a time costs about 200 ms each, so it is there only to compare.
        int sample = Math.min(Integer.getInteger("hpg.bench.review.sample", 50), size);
        started = System.nanoTime();
        SystemActor.run(() -> {
            for (int i = 0; i < sample; i++) {
                assessments.refreshSummary(FIRST_ID + i);
            }
        });
        double oneAtATime = seconds(started) * 1000 / sample;
        started = System.nanoTime();
        int refreshed = SystemActor.call(assessments::refreshAllSummaries);
        double batched = seconds(started);
        System.out.printf(Locale.ROOT, "BENCH review: summaries one patient at a time (as before): %.1f ms a patient"
                        + " (sample of %d; %.0f s for %,d); in batches of 500: %,d in %.1f s (%.2f ms a patient)%n",
                oneAtATime, sample, oneAtATime * size / 1000, size, refreshed, batched, batched * 1000 / refreshed);
        assertThat(refreshed).isGreaterThanOrEqualTo(size);

        // The service itself, audit record included, as the view calls it.
        Long me = clinicians.getFirst();
        SystemActor.run(() -> {
            long t = System.nanoTime();
            review.counters(ReviewFilter.ALL);
            var first = review.page(ReviewFilter.ALL, 0, PAGE);
            System.out.printf(Locale.ROOT, "BENCH review: service, cold: counters + first page (audited) %.1f ms, %d rows%n",
                    seconds(t) * 1000, first.size());
            assertThat(first).hasSize(PAGE);
        });

        var h2 = new ReviewQueryProbe(dataSource, today, me);
        var h2Figures = measure("H2", h2, size, me);
        explainSlowest("H2", h2, h2Figures, "explain");

        var server = TestPostgres.server();
        // One kept connection, as a pool gives the app: a new connection per query would time PostgreSQL's log-in.
        var postgres = new SingleConnectionDataSource(server.jdbcUrl(), server.username(), server.password(), true);
        Flyway.configure().dataSource(postgres).locations("classpath:db/migration").load().migrate();
        started = System.nanoTime();
        for (String table : List.of("user_account", "patient", "assessment_summary", "assessment_summary_drug")) {
            copy(table, dataSource, postgres);
        }
        try (Connection connection = postgres.getConnection(); var statement = connection.createStatement()) {
            statement.execute("analyze");
        }
        System.out.printf(Locale.ROOT, "BENCH review: copied accounts, patients and summaries to PostgreSQL in %.1f s%n",
                seconds(started));
        var pg = new ReviewQueryProbe(postgres, today, me);
        var pgFigures = measure("PostgreSQL", pg, size, me);
        explainSlowest("PostgreSQL", pg, pgFigures, "explain analyze");
    }

    private record Figure(String scenario, ReviewFilter filter, double pageMs, double countersMs) {
        double total() {
            return pageMs + countersMs;
        }
    }

    private static List<Figure> measure(String database, ReviewQueryProbe probe, int size, long clinician) {
        List<Figure> figures = new ArrayList<>();
        probe.counters(ReviewFilter.ALL);
        probe.page(ReviewFilter.ALL, 0, PAGE);
        double first = median(() -> probe.page(ReviewFilter.ALL, 0, PAGE));
        double deep = median(() -> probe.page(ReviewFilter.ALL, size / 2, PAGE));
        double deepByName = median(() -> probe.page(ReviewFilter.ALL.sortedBy(com.hpgdesk.review.ReviewColumn.NAME,
                false), size / 2, PAGE));
        double counters = median(() -> probe.counters(ReviewFilter.ALL));
        double kept = median(() -> probe.keptCounters(ReviewFilter.ALL));
        System.out.printf(Locale.ROOT, "BENCH review %s: first page %.1f ms; page at offset %,d: %.1f ms (by name %.1f ms);"
                + " counting all %,d: %.1f ms; a count kept since no summary changed: %.2f ms%n", database, first,
                size / 2, deep, deepByName, probe.counters(ReviewFilter.ALL).total(), counters, kept);
        for (Map.Entry<String, ReviewFilter> scenario : ReviewQueryProbe.scenarios(clinician).entrySet()) {
            var filter = scenario.getValue();
            double page = median(() -> probe.page(filter, 0, PAGE));
            double count = median(() -> probe.counters(filter));
            long matching = probe.counters(filter).total();
            figures.add(new Figure(scenario.getKey(), filter, page, count));
            System.out.printf(Locale.ROOT, "BENCH review %s: %-36s first page %7.1f ms  counters %7.1f ms  together %7.1f ms"
                    + "  (%,d patients)%n", database, scenario.getKey(), page, count, page + count, matching);
        }
        var slowest = figures.stream().mapToDouble(Figure::total).max().orElse(0);
        System.out.printf(Locale.ROOT, "BENCH review %s: slowest filter or sort (first page + counters): %.1f ms%n",
                database, slowest);
        return figures;
    }

    private static void explainSlowest(String database, ReviewQueryProbe probe, List<Figure> figures, String explain) {
        var slowest = new ArrayList<>(figures);
        slowest.sort((a, b) -> Double.compare(b.total(), a.total()));
        for (var figure : slowest.subList(0, Math.min(3, slowest.size()))) {
            System.out.printf("BENCH review %s plan, %s, first page:%n%s%n", database, figure.scenario(),
                    probe.explainPage(figure.filter(), 0, PAGE, explain));
            System.out.printf("BENCH review %s plan, %s, counters:%n%s%n", database, figure.scenario(),
                    probe.explainCounters(figure.filter(), explain));
        }
    }

    private static double median(Supplier<?> work) {
        double[] runs = new double[RUNS];
        work.get();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        return runs[RUNS / 2];
    }

    private static void copy(String table, DataSource from, DataSource to) throws SQLException {
        try (Connection source = from.getConnection(); Connection target = to.getConnection();
             var read = source.createStatement()) {
            target.setAutoCommit(false);
            try (var clear = target.createStatement()) {
                clear.execute("delete from " + table);
            }
            var rows = read.executeQuery("select * from " + table);
            var meta = rows.getMetaData();
            Map<Integer, String> columns = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(i, meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "insert into " + table + " (" + String.join(", ", columns.values()) + ") values ("
                    + String.join(", ", columns.values().stream().map(c -> "?").toList()) + ")";
            try (var write = target.prepareStatement(insert)) {
                int batched = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rows.getObject(i));
                    }
                    write.addBatch();
                    if (++batched % 5_000 == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            target.commit();
            target.setAutoCommit(true);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
