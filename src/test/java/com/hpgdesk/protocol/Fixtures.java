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

    /** The per-dose and weekly maxima of V4 and V11, sources shortened. */
    static final DoseLimits LIMITS = DoseLimits.of(Map.of(
            Drug.HCG, limit(DoseUnit.IU, "10000", "12000", "Pregnyl label"),
            Drug.CLOMIPHENE, limit(DoseUnit.MG, "100", "350", "practice convention"),
            Drug.ENCLOMIPHENE, limit(DoseUnit.MG, "50", "175", "practice convention"),
            Drug.TAMOXIFEN, limit(DoseUnit.MG, "40", "280", "Nolvadex label"),
            Drug.ANASTROZOLE, limit(DoseUnit.MG, "2", "7", "Arimidex label: 1 mg once daily"),
            Drug.GONADORELIN, limit(DoseUnit.MICROGRAM, "1000", "2800", "practice convention"),
            Drug.FSH, limit(DoseUnit.IU, "450", "900", "Gonal-f label")));

    private static DoseLimits.Limit limit(DoseUnit unit, String perDose, String perWeek, String source) {
        return new DoseLimits.Limit(unit, new BigDecimal(perDose), new BigDecimal(perWeek), source);
    }

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
