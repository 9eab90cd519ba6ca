package com.hpgdesk.demo;

import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.Role;
import com.hpgdesk.security.SystemActor;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
            new AccountService.NewAccount("admin", "Alex Morgan", Role.ADMIN, DEMO_PASSWORD),
            new AccountService.NewAccount("mhale", "Dr Maya Hale", Role.CLINICIAN, DEMO_PASSWORD),
            new AccountService.NewAccount("jokafor", "Dr James Okafor", Role.CLINICIAN, DEMO_PASSWORD));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accountService;

    DemoData(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (accountService.anyAccountExists()) {
                log.info("Demo accounts already present: nothing seeded");
                return;
            }
            ACCOUNTS.forEach(accountService::createAccount);
            log.info("Demo practice seeded: sign in as admin, mhale or jokafor with password '{}'", DEMO_PASSWORD);
        });
    }
}
