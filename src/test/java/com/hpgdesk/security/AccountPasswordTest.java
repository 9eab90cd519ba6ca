package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.base.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 11: passwords are chosen by their owner, counted in bytes, and never a common one. */
@DeskSpringTest
class AccountPasswordTest {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserAccount newClinician() {
        return SystemActor.call(() -> accounts.createAccount(
                new AccountService.NewAccount(uniqueName(), "Dr Test", Role.CLINICIAN, PASSWORD)));
    }

    private void signInAs(UserAccount account, String password) throws Exception {
        var signedIn = authenticationConfiguration.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(account.getUsername(), password));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void thirtyEuroSignsAreRefusedAsTooManyBytesAndNothingIsSaved() {
        String username = uniqueName();
        assertThatThrownBy(() -> accounts.createAccount(
                new AccountService.NewAccount(username, "Dr Euro", Role.CLINICIAN, "€".repeat(30))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("password"))
                        .contains("at most 72 bytes"));
        assertThat(repository.existsByUsername(username)).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesACommonPasswordAndOneContainingTheUsername() {
        String username = uniqueName();
        assertThatThrownBy(() -> accounts.createAccount(
                new AccountService.NewAccount(username, "Dr Common", Role.CLINICIAN, "Password1234")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("password"));
        assertThatThrownBy(() -> accounts.createAccount(
                new AccountService.NewAccount(username, "Dr Self", Role.CLINICIAN, "my-name-is-" + username)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "Do not use the username in the password."));
    }

    @Test
    void aNewOrResetAccountMustChangeItsPasswordAndItsOwnerDoesSo() throws Exception {
        var account = newClinician();
        assertThat(account.mustChangePassword()).isTrue();

        signInAs(account, PASSWORD);
        assertThat(accounts.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> accounts.changeOwnPassword("not-my-password", "tide-lamp-orbit-7"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("currentPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("newPassword"));
        accounts.changeOwnPassword(PASSWORD, "tide-lamp-orbit-7");
        assertThat(accounts.mustChangePassword()).isFalse();
        SecurityContextHolder.clearContext();
        signInAs(account, "tide-lamp-orbit-7");

        var current = repository.findById(account.getId()).orElseThrow();
        SystemActor.run(() -> accounts.resetPassword(current.getId(), current.getVersion(), "lead-chose-this-one"));
        assertThat(repository.findById(account.getId()).orElseThrow().mustChangePassword()).isTrue();
    }

    @Test
    void theDemoAccountsNeedNoPasswordChange() throws Exception {
        var admin = repository.findByUsername("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        signInAs(admin, "recovery-demo");
        assertThat(accounts.mustChangePassword()).isFalse();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theSystemActorsNameAndOtherBuiltInNamesAreReserved() {
        for (String reserved : new String[] {"system", "System", " SYSTEM ", "ｓｙｓｔｅｍ", "ſystem", "anonymousUser"}) {
            assertThatThrownBy(() -> accounts.createAccount(
                    new AccountService.NewAccount(reserved, "Impostor", Role.ADMIN, PASSWORD)))
                    .as(reserved)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("username"))
                            .contains("reserved"));
        }
        assertThat(repository.existsByUsername("system")).isFalse();
    }
}
