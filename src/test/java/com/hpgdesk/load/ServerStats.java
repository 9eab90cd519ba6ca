package com.hpgdesk.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link LoadDesk} counted since its last reset: request-thread CPU per action (ns, requests), Micrometer's
 * {@code hikaricp.connections.acquire} timer (cumulative since start; its max is Micrometer's decaying max), and
 * the most threads seen waiting for a pooled connection and connections in use (sampled every 10 ms).
 */
record ServerStats(Map<String, long[]> cpuByAction, long acquireCount, double acquireTotalMillis,
                   double acquireMaxMillis, boolean acquireKnown, long mostWaiting, long mostActive, long poolSize) {

    static ServerStats parse(String line) {
        Map<String, long[]> cpu = new TreeMap<>();
        long acquireCount = 0;
        double acquireTotal = 0;
        double acquireMax = 0;
        boolean acquireKnown = false;
        long waiting = 0;
        long active = 0;
        long size = 0;
        for (String part : line.split(";")) {
            String[] keyValue = part.split("=", 2);
            String value = keyValue.length > 1 ? keyValue[1] : "";
            switch (keyValue[0]) {
                case "cpu" -> {
                    for (String action : value.split(",")) {
                        String[] fields = action.split(":");
                        if (fields.length == 3) {
                            cpu.put(fields[0], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])});
                        }
                    }
                }
                case "acquire" -> {
                    String[] fields = value.split(":");
                    if (fields.length == 3) {
                        acquireKnown = true;
                        acquireCount = Long.parseLong(fields[0]);
                        acquireTotal = Double.parseDouble(fields[1]);
                        acquireMax = Double.parseDouble(fields[2]);
                    }
                }
                case "waiting" -> waiting = Long.parseLong(value);
                case "active" -> {
                    String[] fields = value.split("/");
                    active = Long.parseLong(fields[0]);
                    size = Long.parseLong(fields[1]);
                }
                default -> { }
            }
        }
        return new ServerStats(cpu, acquireCount, acquireTotal, acquireMax, acquireKnown, waiting, active, size);
    }
}
