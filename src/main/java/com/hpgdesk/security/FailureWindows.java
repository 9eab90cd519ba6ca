package com.hpgdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures per key (a client address, an unknown username) within a fixed window that starts at the first
 * failure, kept in memory. Bounded: beyond {@code capacity} keys the one least recently failed is
 * forgotten, so a flood of addresses or names cannot exhaust memory.
 */
final class FailureWindows {

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows;

    FailureWindows(int limit, Duration window, int capacity) {
        this.limit = limit;
        this.window = window;
        this.windows = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether {@code key} has failed fewer than {@code limit} times in its current window. */
    synchronized boolean allows(String key, Instant now) {
        Window current = windows.get(key);
        return current == null || current.endsBefore(now, window) || current.failures < limit;
    }

    synchronized void recordFailure(String key, Instant now) {
        Window current = windows.get(key);
        if (current == null || current.endsBefore(now, window)) {
            windows.put(key, new Window(now, 1));
        } else {
            current.failures++;
        }
    }

    private static final class Window {
        final Instant start;
        int failures;

        Window(Instant start, int failures) {
            this.start = start;
            this.failures = failures;
        }

        boolean endsBefore(Instant now, Duration length) {
            return !start.plus(length).isAfter(now);
        }
    }
}
