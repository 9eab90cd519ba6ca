package com.hpgdesk.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On a production start with no accounts at all, creates one practice lead so someone can sign in.
 * The password comes from {@code HPG_ADMIN_PASSWORD} or is generated and printed once; there is no
 * fixed default. The demo profile seeds its own accounts instead.
 */
@Component
@Profile("!demo")
class InitialAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accountService;
    private final String username;
    private final String configuredPassword;

    InitialAdminAccount(AccountService accountService,
                        @Value("${hpg.initial-admin.username:admin}") String username,
                        @Value("${hpg.initial-admin.password:}") String configuredPassword) {
        this.accountService = accountService;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (SystemActor.call(accountService::anyAccountExists)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        try {
            SystemActor.run(() -> accountService.createAccount(
                    new AccountService.NewAccount(username, "Practice lead", Role.ADMIN, password)));
        } catch (com.hpgdesk.base.InvalidInputException refused) {
            // Said plainly at start-up: otherwise the refusal hides in a long stack trace.
            throw new IllegalStateException("The first practice lead could not be created: "
                    + String.join(" ", refused.fieldErrors().values())
                    + " Set HPG_ADMIN_PASSWORD (and HPG_ADMIN_USERNAME) accordingly, or leave the password unset "
                    + "to have one generated.", refused);
        }
        if (generated) {
            log.warn("""

                    ================================================================
                    No accounts existed, so a practice lead account was created.
                      username: {}
                      password: {}
                    This password is shown only once. Sign in and set a new one under Accounts.
                    ================================================================""", username, password);
        } else {
            log.warn("No accounts existed: created practice lead '{}' with the password from HPG_ADMIN_PASSWORD.",
                    username);
        }
    }

    static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
