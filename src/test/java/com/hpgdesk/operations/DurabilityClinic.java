package com.hpgdesk.operations;

import com.hpgdesk.Application;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The child process of {@link DurabilityIT}: the whole desk (web server on a loopback port, pool, Flyway, the
 * audit trail) on an H2 file database, with clinicians registering patients through {@link PatientService} as
 * fast as it lets them. Prints, on lines starting with {@code DURABILITY}, how long the start took, what the
 * database holds after it opened, whether the audit chain verifies, and every registration once it has returned
 * (acknowledged, as a clinician's screen would say "Saved"). It never stops by itself: the test kills it.
 */
final class DurabilityClinic {

    static final String PREFIX = "DURABILITY ";
    static final String RECORD_PREFIX = "DUR-";
    static final String WRITE = "--durability.write";

    private DurabilityClinic() {
    }

    public static void main(String[] args) {
        var desk = SpringApplication.run(Application.class, args);
        long startMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        PatientService patients = desk.getBean(PatientService.class);
        AuditTrail trail = desk.getBean(AuditTrail.class);
        AccountService accounts = desk.getBean(AccountService.class);

        List<String> stored = desk.getBean(JdbcTemplate.class).queryForList(
                "select record_number from patient where record_number like ?", String.class, RECORD_PREFIX + "%");
        var chain = SystemActor.call(trail::verifyChain);
        long clinician = SystemActor.call(() -> accounts.listActiveClinicians().stream()
                .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId());
        say("STARTED " + startMillis);
        say("STORED " + stored.size() + " " + String.join(",", stored));
        say("CHAIN " + (chain.isIntact() ? "intact " + chain.recordsChecked() : "broken " + chain));

        if (!List.of(args).contains(WRITE)) {
            return;
        }
        String cycle = List.of(args).stream().filter(arg -> arg.startsWith("--cycle="))
                .map(arg -> arg.substring("--cycle=".length())).findFirst().orElse("0");
        for (int writer = 0; writer < 3; writer++) {
            int number = writer;
            Thread.ofPlatform().name("clinician-" + number).start(() -> register(patients, clinician, cycle, number));
        }
    }

    private static void register(PatientService patients, long clinician, String cycle, int writer) {
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("mhale", null,
                List.of(new SimpleGrantedAuthority("ROLE_CLINICIAN"))));
        SecurityContextHolder.setContext(signedIn);
        for (int count = 1; ; count++) {
            String recordNumber = RECORD_PREFIX + cycle + "-" + writer + "-" + count;
            patients.register(new PatientDetails(recordNumber, "Łukasz", "Kowalski-Øberg", LocalDate.of(1980, 3, 14),
                    null, null, null, clinician, null, null, null));
            // Only once register has returned, i.e. committed, is the save acknowledged.
            say("ACK " + recordNumber);
        }
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(PREFIX + line);
            System.out.flush();
        }
    }
}
