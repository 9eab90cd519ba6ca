package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;

/** A practice lead makes reviewer accounts; a reviewer holds only his own role and is nobody's clinician. */
@DeskSpringTest
class ReviewerAccountTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    PatientService patients;

    @Test
    void aPracticeLeadCreatesAReviewerWhoHoldsOnlyTheReviewerRole() {
        String username = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        var created = SystemActor.call(() -> accounts.createAccount(new AccountService.NewAccount(username,
                "Dr Ingrid Sørensen", Role.REVIEWER, "a-long-enough-password")));

        assertThat(created.getRole()).isEqualTo(Role.REVIEWER);
        assertThat(AuthorityUtils.authorityListToSet(userDetails.loadUserByUsername(username).getAuthorities()))
                .containsExactly("ROLE_REVIEWER");
        assertThat(SystemActor.call(accounts::listActiveClinicians))
                .extracting(UserAccount::getUsername).doesNotContain(username);
    }

    @Test
    void theDemoReviewerSignsInWithThePublishedPassword() {
        var rlee = SystemActor.call(accounts::listAccounts).stream()
                .filter(account -> account.getUsername().equals("rlee")).findFirst().orElseThrow();
        assertThat(rlee.getRole()).isEqualTo(Role.REVIEWER);
        assertThat(rlee.mustChangePassword()).isFalse();
    }

    @Test
    void aReviewerCannotBeMadeResponsibleForAPatient() {
        long rlee = SystemActor.call(accounts::listAccounts).stream()
                .filter(account -> account.getUsername().equals("rlee")).findFirst().orElseThrow().getId();
        var details = new PatientDetails("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "Tomasz",
                "Wiśniewski", LocalDate.of(1986, 2, 3), null, null, null, rlee, null, null, null);
        assertThatThrownBy(() -> SystemActor.call(() -> patients.register(details)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsKey("responsibleClinicianId"));
    }
}
