package com.hpgdesk.security.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * What a sign-in's password check costs at bcrypt cost 10 (Spring's default) and 12 (the app's), on this
 * machine. Printed, not asserted: run with {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.security.bench.**'}.
 * Besides the wall-clock time it prints the CPU time of the checking thread, which other work on a busy
 * machine does not inflate: that is the figure to compare between machines and runs.
 */
@Tag("benchmark")
class PasswordHashBenchmark {

    private static final int ROUNDS = 16;

    @Test
    void millisecondsPerPasswordCheckAtCostTenAndTwelve() {
        var threads = ManagementFactory.getThreadMXBean();
        for (int cost : new int[] {10, 12}) {
            var encoder = new BCryptPasswordEncoder(cost);
            String hash = encoder.encode("tide-lamp-orbit-7");
            encoder.matches("warm-up-attempt", hash);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            boolean allRefused = true;
            for (int i = 0; i < ROUNDS; i++) {
                allRefused &= !encoder.matches("wrong-password-" + i, hash);
            }
            double millis = (System.nanoTime() - start) / 1e6 / ROUNDS;
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / ROUNDS;
            System.out.printf("bcrypt cost %d: %.0f ms CPU, %.0f ms wall-clock per password check (%d checks, "
                            + "%d cores, load average %.1f)%n", cost, cpuMillis, millis, ROUNDS,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(allRefused).isTrue();
        }
    }
}
