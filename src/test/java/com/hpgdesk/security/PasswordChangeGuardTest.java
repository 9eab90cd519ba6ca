package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.security.ui.ChangePasswordView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 11: while a practice lead's password is in use, every route leads to the password change. */
@DeskSpringTest
@WithUserDetails(value = "jokafor", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PasswordChangeGuardTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository repository;

    private void field(String label, String value) {
        test($(PasswordField.class).withCaption(label).single()).setValue(value);
    }

    @Test
    void everyRouteLeadsToThePasswordChangeUntilItIsDone() {
        var jokafor = repository.findByUsername("jokafor").orElseThrow();
        String demoHash = jokafor.getPasswordHash();
        jokafor.setPasswordHash(demoHash, true);
        repository.saveAndFlush(jokafor);
        try {
            navigate("patients", ChangePasswordView.class);
            assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
            navigate("", ChangePasswordView.class);
            assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

            field("Current password", "recovery-demo");
            field("New password", "tide-lamp-orbit-7");
            field("New password again", "tide-lamp-orbit-7");
            test($(Button.class).withText("Change password").single()).click();

            navigate("patients", com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        } finally {
            var restored = repository.findByUsername("jokafor").orElseThrow();
            restored.setPasswordHash(demoHash, false);
            repository.saveAndFlush(restored);
        }
    }
}
