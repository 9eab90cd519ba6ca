package com.hpgdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowsTest {

    private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void refusesAtTheLimitUntilTheWindowStartedByTheFirstFailureEnds() {
        var windows = new FailureWindows(3, Duration.ofHours(1), 100);
        for (int i = 0; i < 3; i++) {
            assertThat(windows.allows("10.0.0.1", START.plusSeconds(i))).isTrue();
            windows.recordFailure("10.0.0.1", START.plusSeconds(i));
        }
        assertThat(windows.allows("10.0.0.1", START.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(windows.allows("10.0.0.2", START.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(windows.allows("10.0.0.1", START.plus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void forgetsTheLeastRecentlyFailedKeyBeyondItsCapacity() {
        var windows = new FailureWindows(1, Duration.ofHours(1), 2);
        windows.recordFailure("a", START);
        windows.recordFailure("b", START);
        windows.recordFailure("c", START);
        assertThat(windows.allows("a", START)).isTrue();
        assertThat(windows.allows("b", START)).isFalse();
        assertThat(windows.allows("c", START)).isFalse();
    }
}
