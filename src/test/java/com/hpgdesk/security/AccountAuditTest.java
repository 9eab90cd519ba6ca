package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Issue 11: what practice leads do to accounts, and refused sign-ins, are in the audit trail. */
@DeskSpringTest
class AccountAuditTest {

    private static final String LEAD = "lead-of-account-audit";

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private List<AuditRecord> recordsOf(String actor, String subject) {
        // Newest first: the system actor has many records in the shared context (the demo practice's).
        var newestFirst = SystemActor.call(() -> audit.list(PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC,
                "sequence")), AuditFilter.ALL.withActor(actor))).stream()
                .filter(r -> r.getSubject().equals(subject)).toList();
        return newestFirst.reversed();
    }

    @Test
    @WithMockUser(username = LEAD, roles = "ADMIN")
    void creatingDisablingUnlockingAndResettingAnAccountAreRecordedUnderThePracticeLead() {
        var account = accounts.createAccount(new AccountService.NewAccount(
                "user-" + UUID.randomUUID().toString().substring(0, 8), "Dr Audit", Role.CLINICIAN,
                "a-long-enough-password"));
        account = accounts.setEnabled(account.getId(), account.getVersion(), false);
        account = accounts.unlock(account.getId(), account.getVersion());
        accounts.resetPassword(account.getId(), account.getVersion(), "lead-chose-this-one");

        var trail = recordsOf(LEAD, "account " + account.getUsername());
        assertThat(trail).extracting(AuditRecord::getAction).containsExactly(AuditAction.CREATE, AuditAction.UPDATE,
                AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(trail).extracting(AuditRecord::getDetail).satisfiesExactly(
                created -> assertThat(created).startsWith("Created the account (Clinician"),
                disabled -> assertThat(disabled).isEqualTo("Disabled the account"),
                unlocked -> assertThat(unlocked).isEqualTo("Unlocked the account"),
                reset -> assertThat(reset).startsWith("Reset the password"));
    }

    @Test
    void aRefusedSignInIsRecordedBySystemWithTheNameTriedAndTheAddressMadePrintable() throws Exception {
        String tried = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(tried + "\u202e\n", "some-wrong-password");
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.23", null));
        assertThatThrownBy(() -> authenticationConfiguration.getAuthenticationManager().authenticate(attempt))
                .isInstanceOf(BadCredentialsException.class);

        var refused = recordsOf(SystemActor.NAME, "sign-in").stream()
                .filter(r -> r.getDetail().contains(tried)).toList();
        assertThat(refused).singleElement().satisfies(record -> {
            assertThat(record.getAction()).isEqualTo(AuditAction.SIGN_IN_REFUSED);
            assertThat(record.getDetail()).isEqualTo("Refused sign-in as '" + tried + "??' from 198.51.100.23: "
                    + "Wrong username or password");
        });
    }
}
