package com.hpgdesk.handout;

import java.time.Instant;

/** What the benchmark in {@code handout.bench} needs from this package's package-private parts. */
public final class HandoutBenchmarkFixture {

    private HandoutBenchmarkFixture() {
    }

    public static final Instant CREATED = HandoutRehearsal.CREATED;

    public static HandoutTemplates templates() {
        return HandoutConfiguration.shippedTemplates();
    }
}
