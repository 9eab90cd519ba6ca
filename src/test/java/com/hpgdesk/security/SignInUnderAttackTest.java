package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Issue 11: parallel wrong passwords against one name, known or not, and many from one address. */
@DeskSpringTest
class SignInUnderAttackTest {

    private static final String PASSWORD = "a-long-enough-password";
    private static final int PARALLEL = 32;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    LoginAttemptTracker attempts;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private AuthenticationManager manager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }

    private UserAccount newClinician() {
        return SystemActor.call(() -> accounts.createAccount(new AccountService.NewAccount(
                "user-" + UUID.randomUUID().toString().substring(0, 8), "Dr Test", Role.CLINICIAN, PASSWORD)));
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** What each of the parallel attempts ended in, by outcome: an exception's class name, or "signed in". */
    private Map<String, Long> parallelWrongPasswords(String username) throws Exception {
        var manager = manager();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                // Each from its own address: the per-account limit is what is under test here.
                String address = "192.0.2." + (i + 1);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        manager.authenticate(attempt(username, "wrong-password-" + address, address));
                        return "signed in";
                    } catch (Exception refused) {
                        return refused.getClass().getSimpleName();
                    }
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (var outcome : outcomes) {
                all.add(outcome.get());
            }
            return all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelWrongPasswordsCheckAtMostFiveAndEveryOtherIsRefusedAsLocked() throws Exception {
        var account = newClinician();

        var outcomes = parallelWrongPasswords(account.getUsername());

        assertThat(outcomes).containsOnlyKeys(BadCredentialsException.class.getSimpleName(),
                LockedException.class.getSimpleName());
        assertThat(outcomes.get(BadCredentialsException.class.getSimpleName()))
                .isEqualTo(LoginAttemptTracker.MAX_FAILED_ATTEMPTS);
        assertThat(repository.findById(account.getId()).orElseThrow().getLockedUntil()).isNotNull();
        assertThatThrownBy(() -> manager().authenticate(attempt(account.getUsername(), PASSWORD, "198.51.100.1")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void anUnknownNameIsAnsweredExactlyLikeAKnownOne() throws Exception {
        var known = parallelWrongPasswords(newClinician().getUsername());
        var unknown = parallelWrongPasswords("nobody-" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void anAddressWithAHundredFailuresInAnHourIsRefusedEvenTheRightPassword() throws Exception {
        var account = newClinician();
        String attacker = "203.0.113.66";
        for (int i = 0; i < LoginAttemptTracker.MAX_FAILURES_PER_ADDRESS; i++) {
            attempts.failedFrom(attacker);
        }

        assertThatThrownBy(() -> manager().authenticate(attempt(account.getUsername(), PASSWORD, attacker)))
                .isInstanceOf(LockedException.class);
        // The account itself is not locked by it: its owner signs in from elsewhere.
        assertThat(manager().authenticate(attempt(account.getUsername(), PASSWORD, "203.0.113.7")).isAuthenticated())
                .isTrue();
    }
}
