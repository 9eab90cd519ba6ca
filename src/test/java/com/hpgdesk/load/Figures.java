package com.hpgdesk.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Client-side response times and failures per action, collected from many simulated clinicians at once. */
final class Figures {

    private final Map<String, List<Long>> millis = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final List<String> firstFailures = new ArrayList<>();

    synchronized void succeeded(String action, long nanos) {
        millis.computeIfAbsent(action, key -> new ArrayList<>()).add(nanos / 1_000_000);
    }

    synchronized void failed(String action, Exception failure) {
        failures.merge(action, 1, Integer::sum);
        if (firstFailures.size() < 5) {
            firstFailures.add(action + ": " + failure.getMessage());
        }
    }

    synchronized int succeeded(String action) {
        return millis.getOrDefault(action, List.of()).size();
    }

    synchronized int failures() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int actions() {
        return millis.values().stream().mapToInt(List::size).sum() + failures();
    }

    synchronized List<Long> times(String action) {
        return millis.getOrDefault(action, List.of()).stream().sorted().toList();
    }

    /** One line per action: count, failures, p50/p95/max, and the server's request-thread CPU per action. */
    synchronized void print(ServerStats server) {
        System.out.printf(Locale.ROOT, "  %-13s %6s %6s %8s %8s %8s %14s%n", "action", "ok", "failed", "p50 ms",
                "p95 ms", "max ms", "server CPU ms");
        var actions = new TreeMap<String, Boolean>();
        millis.keySet().forEach(action -> actions.put(action, true));
        failures.keySet().forEach(action -> actions.put(action, true));
        for (String action : actions.keySet()) {
            List<Long> sorted = times(action);
            long[] cpu = server.cpuByAction().get(action);
            int count = sorted.size() + failures.getOrDefault(action, 0);
            String cpuPerAction = cpu == null || count == 0 ? "-"
                    : String.format(Locale.ROOT, "%.1f", cpu[0] / 1e6 / count);
            System.out.printf(Locale.ROOT, "  %-13s %6d %6d %8s %8s %8s %14s%n", action, sorted.size(),
                    failures.getOrDefault(action, 0), percentile(sorted, 50), percentile(sorted, 95),
                    sorted.isEmpty() ? "-" : sorted.getLast(), cpuPerAction);
        }
        firstFailures.forEach(failure -> System.out.println("  failure: " + failure));
    }

    static String percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return Long.toString(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
    }
}
