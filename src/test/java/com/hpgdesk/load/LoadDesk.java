package com.hpgdesk.load;

import com.hpgdesk.Application;
import com.hpgdesk.lab.results.ImportProgress;
import com.hpgdesk.lab.results.LabExportFiles;
import com.hpgdesk.lab.results.LabImportService;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The server process of the load scenarios: the whole desk as {@code java -jar} would start it, plus two
 * things that only count. A servlet filter adds up the CPU time of the request thread per action, named by the
 * {@value #ACTION_HEADER} header the simulated clinicians send; a sampler notes the pool's largest queue of
 * threads waiting for a connection. On standard input, {@code STATS} prints both (and Micrometer's
 * {@code hikaricp.connections.acquire} timer) on one line starting with {@value #PREFIX}; {@code RESET} starts
 * the counts again; {@code IMPORT <rows>} imports a generated lab file in the background. The desk stops when
 * standard input closes, so a crashed test leaves no server behind.
 */
final class LoadDesk {

    static final String PREFIX = "LOADDESK ";
    static final String ACTION_HEADER = "X-Load-Action";

    private static final Map<String, LongAdder[]> CPU_BY_ACTION = new ConcurrentHashMap<>();
    private static final LongAccumulator MOST_WAITING = new LongAccumulator(Math::max, 0);
    private static final LongAccumulator MOST_ACTIVE = new LongAccumulator(Math::max, 0);

    private LoadDesk() {
    }

    public static void main(String[] args) throws Exception {
        var application = new SpringApplication(Application.class);
        application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("loadCpuFilter",
                FilterRegistrationBean.class, LoadDesk::cpuFilter));
        var desk = application.run(args);
        say("STARTED " + ManagementFactory.getRuntimeMXBean().getUptime());
        var pool = desk.getBean(DataSource.class).unwrap(HikariDataSource.class);
        var registry = desk.getBeanProvider(MeterRegistry.class).getIfAvailable();
        Thread.ofPlatform().daemon().name("pool-sampler").start(() -> samplePool(pool));
        try (var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                String[] words = command.trim().split(" ");
                switch (words[0]) {
                    case "IMPORT" -> startImport(desk, Integer.parseInt(words[1]));
                    case "STATS" -> say("STATS " + stats(pool, registry));
                    case "RESET" -> {
                        CPU_BY_ACTION.clear();
                        MOST_WAITING.reset();
                        MOST_ACTIVE.reset();
                        say("RESET");
                    }
                    default -> { }
                }
            }
        }
        desk.close();
        System.exit(0);
    }

    /**
     * A lab file of {@code rows} results imported for a newly registered patient, as the import dialog does once the
     * clinician clicks Import: the same two service calls (preview, then commit), signed in as mhale, on a thread
     * of its own. Says {@code IMPORTED <saved> <ms>} or {@code IMPORTFAILED <message>} when done.
     */
    private static void startImport(ConfigurableApplicationContext desk, int rows) {
        var patients = desk.getBean(PatientService.class);
        var imports = desk.getBean(LabImportService.class);
        var accounts = desk.getBean(AccountService.class);
        Thread.ofPlatform().name("load-import").start(() -> {
            var signedIn = SecurityContextHolder.createEmptyContext();
            signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("mhale", null,
                    List.of(new SimpleGrantedAuthority("ROLE_CLINICIAN"))));
            SecurityContextHolder.setContext(signedIn);
            try {
                long clinician = accounts.listActiveClinicians().stream()
                        .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
                long patientId = patients.register(new PatientDetails("LOAD-" + System.currentTimeMillis(), "Import",
                        "Load", LocalDate.of(1960, 1, 1), null, null, null, clinician, null, null, null)).id();
                long start = System.nanoTime();
                say("IMPORTING " + patientId);
                var preview = imports.previewImport(patientId, LabExportFiles.csv(rows, LocalDate.of(1999, 1, 1)),
                        null, "load.csv");
                var summary = imports.commitImport(patientId, preview, ImportProgress.NONE);
                say("IMPORTED " + summary.saved() + " " + (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                say("IMPORTFAILED " + e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static FilterRegistrationBean<Filter> cpuFilter() {
        var threads = ManagementFactory.getThreadMXBean();
        Filter filter = (request, response, chain) -> {
            String action = ((HttpServletRequest) request).getHeader(ACTION_HEADER);
            if (action == null) {
                chain.doFilter(request, response);
                return;
            }
            long before = threads.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long spent = threads.getCurrentThreadCpuTime() - before;
                LongAdder[] sums = CPU_BY_ACTION.computeIfAbsent(action, key -> new LongAdder[] {new LongAdder(),
                        new LongAdder()});
                sums[0].add(spent);
                sums[1].increment();
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void samplePool(HikariDataSource pool) {
        while (true) {
            var bean = pool.getHikariPoolMXBean();
            if (bean != null) {
                MOST_WAITING.accumulate(bean.getThreadsAwaitingConnection());
                MOST_ACTIVE.accumulate(bean.getActiveConnections());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** {@code cpu=<action>:<ns>:<requests>,...;acquire=<count>:<total ms>:<max ms>;waiting=<max>;active=<max>/<size>}. */
    private static String stats(HikariDataSource pool, MeterRegistry registry) {
        var cpu = new StringBuilder();
        new TreeMap<>(CPU_BY_ACTION).forEach((action, sums) -> cpu.append(cpu.isEmpty() ? "" : ",").append(action)
                .append(':').append(sums[0].sum()).append(':').append(sums[1].sum()));
        String acquire = "none";
        Timer timer = registry == null ? null : registry.find("hikaricp.connections.acquire").timer();
        if (timer != null) {
            acquire = String.format(Locale.ROOT, "%d:%.3f:%.3f", timer.count(), timer.totalTime(TimeUnit.MILLISECONDS),
                    timer.max(TimeUnit.MILLISECONDS));
        }
        return "cpu=" + cpu + ";acquire=" + acquire + ";waiting=" + MOST_WAITING.get() + ";active="
                + MOST_ACTIVE.get() + "/" + pool.getMaximumPoolSize();
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(PREFIX + line);
            System.out.flush();
        }
    }
}
