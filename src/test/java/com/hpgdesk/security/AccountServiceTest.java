package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithMockUser;

@DeskSpringTest
class AccountServiceTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    com.hpgdesk.audit.AuditTrail audit;

    private String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserAccount newClinician() {
        return accounts.createAccount(new AccountService.NewAccount(uniqueName(), "Dr Test", Role.CLINICIAN, PASSWORD));
    }

    private AuthenticationManager authenticationManager() throws Exception {
        return authenticationConfiguration.getAuthenticationManager();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void storesOnlyABcryptHashOfThePassword() {
        var account = newClinician();
        var stored = repository.findById(account.getId()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesADuplicateUsernameWhateverItsCase() {
        var account = newClinician();
        assertThatThrownBy(() -> accounts.createAccount(new AccountService.NewAccount(
                account.getUsername().toUpperCase(), "Someone else", Role.CLINICIAN, PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("username", "The username '" + account.getUsername() + "' is already taken."));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void reportsEveryProblemOfANewAccountAtOnce() {
        long before = repository.count();
        assertThatThrownBy(() -> accounts.createAccount(new AccountService.NewAccount("x", " ", Role.CLINICIAN, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("username", "displayName", "password"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void aClinicianCannotManageAccounts() {
        assertThatThrownBy(() -> accounts.createAccount(
                new AccountService.NewAccount(uniqueName(), "Dr Test", Role.ADMIN, PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(accounts::listAccounts).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signsInWithTheRightPasswordOnly() throws Exception {
        var account = SystemActor.call(this::newClinician);
        var manager = authenticationManager();
        var signedIn = manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), PASSWORD));
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_CLINICIAN");
        var signIns = SystemActor.call(() -> audit.list(org.springframework.data.domain.PageRequest.of(0, 5),
                com.hpgdesk.audit.AuditFilter.ALL.withActor(account.getUsername())));
        assertThat(signIns).extracting(com.hpgdesk.audit.AuditRecord::getAction)
                .containsExactly(com.hpgdesk.audit.AuditAction.SIGN_IN);
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), "wrong-password-here")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void locksAnAccountAfterRepeatedWrongPasswordsEvenAgainstTheRightOne() throws Exception {
        var account = SystemActor.call(this::newClinician);
        var manager = authenticationManager();
        for (int i = 0; i < LoginAttemptTracker.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), "not-the-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), PASSWORD)))
                .isInstanceOf(LockedException.class);

        var locked = repository.findById(account.getId()).orElseThrow();
        SystemActor.run(() -> accounts.unlock(locked.getId(), locked.getVersion()));
        assertThat(manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), PASSWORD)).isAuthenticated())
                .isTrue();
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        var account = SystemActor.call(this::newClinician);
        SystemActor.run(() -> accounts.setEnabled(account.getId(), account.getVersion(), false));
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theLastActivePracticeLeadCannotBeDisabled() {
        var admins = repository.findAll().stream()
                .filter(a -> a.getRole() == Role.ADMIN && a.isEnabled()).toList();
        var extra = accounts.createAccount(new AccountService.NewAccount(uniqueName(), "Second lead", Role.ADMIN, PASSWORD));
        try {
            for (var admin : admins) {
                var current = repository.findById(admin.getId()).orElseThrow();
                accounts.setEnabled(current.getId(), current.getVersion(), false);
            }
            var last = repository.findById(extra.getId()).orElseThrow();
            assertThatThrownBy(() -> accounts.setEnabled(last.getId(), last.getVersion(), false))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("enabled"));
            assertThat(repository.findById(extra.getId()).orElseThrow().isEnabled()).isTrue();
        } finally {
            // The shared context's other tests sign in as the demo practice lead.
            for (var admin : admins) {
                var current = repository.findById(admin.getId()).orElseThrow();
                if (!current.isEnabled()) {
                    accounts.setEnabled(current.getId(), current.getVersion(), true);
                }
            }
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesAChangeMadeOnAStaleCopy() {
        var account = newClinician();
        long openedVersion = account.getVersion();
        accounts.setEnabled(account.getId(), openedVersion, false);
        assertThatThrownBy(() -> accounts.setEnabled(account.getId(), openedVersion, true))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(repository.findById(account.getId()).orElseThrow().isEnabled()).isFalse();
    }
}
