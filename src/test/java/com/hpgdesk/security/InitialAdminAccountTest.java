package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class InitialAdminAccountTest {

    @Test
    void generatedPasswordsAreLongEnoughAndUnambiguous() {
        String password = InitialAdminAccount.generatePassword();
        assertThat(password).hasSizeGreaterThanOrEqualTo(AccountService.MIN_PASSWORD_LENGTH)
                .doesNotContainAnyWhitespaces()
                .doesNotContain("0", "O", "1", "l", "I");
    }

    @RepeatedTest(3)
    void generatedPasswordsDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            assertThat(seen.add(InitialAdminAccount.generatePassword())).isTrue();
        }
    }
}
