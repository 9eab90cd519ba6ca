package com.hpgdesk.protocol;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.test.util.ReflectionTestUtils;

/** The dose limits of the migration and small builders, for tests without Spring. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    static final DoseLimits LIMITS = DoseLimits.of(Map.of(
            Drug.HCG, new DoseLimits.Limit(DoseUnit.IU, new BigDecimal("10000")),
            Drug.CLOMIPHENE, new DoseLimits.Limit(DoseUnit.MG, new BigDecimal("100")),
            Drug.ENCLOMIPHENE, new DoseLimits.Limit(DoseUnit.MG, new BigDecimal("50")),
            Drug.TAMOXIFEN, new DoseLimits.Limit(DoseUnit.MG, new BigDecimal("40")),
            Drug.ANASTROZOLE, new DoseLimits.Limit(DoseUnit.MG, new BigDecimal("2")),
            Drug.GONADORELIN, new DoseLimits.Limit(DoseUnit.MICROGRAM, new BigDecimal("1000")),
            Drug.FSH, new DoseLimits.Limit(DoseUnit.IU, new BigDecimal("450"))));

    private Fixtures() {
    }

    static MedicationPlan hcg(LocalDate from, LocalDate to) {
        return MedicationPlan.of(Drug.HCG, "3000", DoseUnit.IU, Route.SUBCUTANEOUS, Frequency.EVERY_OTHER_DAY,
                from, to);
    }

    static MedicationPlan clomiphene(LocalDate from, LocalDate to) {
        return MedicationPlan.of(Drug.CLOMIPHENE, "25", DoseUnit.MG, Route.ORAL, Frequency.DAILY, from, to);
    }

    static RestartProtocol planned(long id, ProtocolKind kind, LocalDate start, List<MedicationPlan> medications) {
        var protocol = RestartProtocol.plan(1L, new ProtocolDetails("Protocol " + id, kind, start, null), medications,
                null, LIMITS, NOW);
        ReflectionTestUtils.setField(protocol, "id", id);
        return protocol;
    }
}
