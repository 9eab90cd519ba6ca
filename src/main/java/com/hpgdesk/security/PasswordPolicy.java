package com.hpgdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 72 bytes in UTF-8 (bcrypt reads no further, so a
 * longer one would be cut short without a word), not the username or containing it, not one of the common
 * and breached passwords shipped in {@code security/common-passwords.txt}, and not a few characters repeated.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 12;
    static final int MAX_UTF8_BYTES = 72;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> entries = new HashSet<>();
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> entries.add(line.strip().toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(Set.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password is refused for this account, or empty when it is acceptable. */
    Optional<String> refusal(String password, String username) {
        int characters = password.codePointCount(0, password.length());
        if (characters < MIN_CHARACTERS) {
            return Optional.of("Use at least " + MIN_CHARACTERS + " characters.");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_UTF8_BYTES) {
            return Optional.of("This password is too long: at most " + MAX_UTF8_BYTES + " bytes are used, and it has "
                    + bytes + ". Letters such as é or € count as two or three; use fewer characters.");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        String name = UserAccount.normalise(username);
        // A two-letter username is too short to forbid inside a password; the whole of it is still refused.
        if (folded.equals(name) || name.length() >= 3 && folded.contains(name)) {
            return Optional.of("Do not use the username in the password.");
        }
        if (common.contains(folded) || password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("This password is too common or too easy to guess: choose another.");
        }
        return Optional.empty();
    }

    int size() {
        return common.size();
    }
}
