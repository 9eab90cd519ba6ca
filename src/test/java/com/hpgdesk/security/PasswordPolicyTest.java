package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.withShippedList();

    @Test
    void countsBytesNotCharactersAgainstBcryptsLimit() {
        String euros = "€".repeat(30);
        assertThat(euros.length()).isEqualTo(30);
        assertThat(POLICY.refusal(euros, "mhale")).hasValueSatisfying(message ->
                assertThat(message).contains("72 bytes").contains("90"));
        assertThat(POLICY.refusal("Größenwahn über Bäume 72!", "mhale")).isEmpty();
        assertThat(POLICY.refusal("x".repeat(62) + "-abcdefghi", "mhale")).isEmpty();
    }

    @Test
    void needsTwelveCharactersCountingEachLetterOnce() {
        assertThat(POLICY.refusal("tide-lamp-07", "mhale")).isEmpty();
        assertThat(POLICY.refusal("tide-lamp-7", "mhale")).hasValue("Use at least 12 characters.");
        // Twelve letters outside the Basic Multilingual Plane are twelve characters, not twenty-four.
        assertThat(POLICY.refusal("𝔄𝔅ℭ𝔇𝔈𝔉𝔊ℌℑ𝔍𝔎𝔏", "mhale")).isEmpty();
    }

    @Test
    void refusesCommonAndBreachedPasswordsWhateverTheirCase() {
        assertThat(POLICY.size()).isGreaterThan(5_000);
        for (String common : new String[] {"password1234", "Qwertyuiop123", "1q2w3e4r5t6y", "123456789012",
                "iloveyou2015", "aaaaaaaaaaaaaa", "abcabcabcabcabc"}) {
            assertThat(POLICY.refusal(common, "mhale")).as(common).hasValue(
                    "This password is too common or too easy to guess: choose another.");
        }
        assertThat(POLICY.refusal("recovery-demo", "admin")).isEmpty();
    }

    @Test
    void refusesTheUsernameOrAPasswordContainingIt() {
        assertThat(POLICY.refusal("mhale-likes-tea", "mhale")).hasValue("Do not use the username in the password.");
        assertThat(POLICY.refusal("tea-and-MHALE-7", "MHale")).hasValue("Do not use the username in the password.");
        assertThat(POLICY.refusal("a-long-enough-password", "mhale")).isEmpty();
    }
}
