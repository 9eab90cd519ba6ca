package com.hpgdesk.demo;

import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.Role;
import com.hpgdesk.security.SystemActor;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo practice: only ever under the {@code demo} profile, never on a production start.
 * Idempotent, so restarting the demo keeps what was entered.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    /** Shown in the README; good for the demo and nowhere else. */
    static final String DEMO_PASSWORD = "recovery-demo";

    static final List<AccountService.NewAccount> ACCOUNTS = List.of(
            // Published in the README for anyone trying the demo, so not to be changed at first sign-in.
            new AccountService.NewAccount("admin", "Alex Morgan", Role.ADMIN, DEMO_PASSWORD, false),
            new AccountService.NewAccount("mhale", "Dr Maya Hale", Role.CLINICIAN, DEMO_PASSWORD, false),
            new AccountService.NewAccount("jokafor", "Dr James Okafor", Role.CLINICIAN, DEMO_PASSWORD, false),
            new AccountService.NewAccount("rlee", "Dr Rosa Lee", Role.REVIEWER, DEMO_PASSWORD, false));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accountService;
    private final PatientService patientService;
    private final RestartProtocolService protocolService;
    private final LabService labService;
    private final LifestyleService lifestyleService;
    private final int patientCount;

    DemoData(AccountService accountService, PatientService patientService, RestartProtocolService protocolService,
             LabService labService, LifestyleService lifestyleService,
             @Value("${hpg.demo.patients:60}") int patientCount) {
        this.accountService = accountService;
        this.patientService = patientService;
        this.protocolService = protocolService;
        this.labService = labService;
        this.lifestyleService = lifestyleService;
        this.patientCount = patientCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            // Each missing demo account is added, so a demo database from before the reviewer gains rlee too.
            var present = accountService.listAccounts().stream().map(account -> account.getUsername())
                    .collect(java.util.stream.Collectors.toSet());
            ACCOUNTS.stream().filter(account -> !present.contains(account.username()))
                    .forEach(accountService::createAccount);
            if (patientService.count(PatientQuery.ALL) > 0) {
                log.info("Demo patients already present: nothing seeded");
            } else {
                long started = System.nanoTime();
                seedPatients();
                log.info("Seeded {} demo patients in {} ms", patientCount, (System.nanoTime() - started) / 1_000_000);
            }
            log.info("Demo practice ready: sign in as admin, mhale, jokafor or rlee (read only) with password '{}'", DEMO_PASSWORD);
        });
    }

    private void seedPatients() {
        var clinicians = accountService.listActiveClinicians().stream()
                .filter(account -> account.getRole() == Role.CLINICIAN)
                .map(account -> java.util.Objects.requireNonNull(account.getId()))
                .toList();
        var today = patientService.today();
        var generator = new DemoPracticeGenerator(DemoPracticeGenerator.DEFAULT_SEED, today);
        var histories = new DemoClinicalHistory(today);
        for (int i = 0; i < patientCount; i++) {
            var plan = generator.patient(i, clinicians);
            var patient = patientService.register(plan.details());
            long id = patient.id();
            plan.courses().forEach(course -> patientService.addCourse(id, course));
            plan.notes().forEach(note -> patientService.addNote(id, note.notedOn(), note.text()));
            var history = histories.of(plan, DemoPracticeGenerator.DEFAULT_SEED);
            history.protocols().forEach(protocol -> protocolService.recordProtocol(id, protocol));
            history.labs().forEach(report -> labService.saveReport(id, report.collectedOn(), report.labName(),
                    report.results()));
            lifestyleService.recordAll(id, history.lifestyle());
        }
    }
}
