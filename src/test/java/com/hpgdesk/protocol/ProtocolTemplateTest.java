package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.base.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtocolTemplateTest {

    /** Daily, except hCG every other day as the restart protocols give it. */
    private static TemplateMedicationPlan medication(Drug drug, String dose, DoseUnit unit, Integer offset,
            Integer duration) {
        var frequency = drug == Drug.HCG ? Frequency.EVERY_OTHER_DAY : Frequency.DAILY;
        return new TemplateMedicationPlan(drug, null, new BigDecimal(dose), unit, Route.ORAL, frequency, null,
                offset, duration);
    }

    @Test
    void datesEachMedicationFromTheProtocolStart() {
        var template = new ProtocolTemplate(new TemplateDetails("hCG, then clomiphene", ProtocolKind.MEDICATED,
                "test"), 10, Fixtures.NOW);
        template.addMedication(medication(Drug.HCG, "3000", DoseUnit.IU, 0, null), Fixtures.LIMITS, Fixtures.NOW);
        template.addMedication(medication(Drug.CLOMIPHENE, "25", DoseUnit.MG, 28, 84), Fixtures.LIMITS, Fixtures.NOW);
        template.addMedication(medication(Drug.ANASTROZOLE, "0.5", DoseUnit.MG, null, 1), Fixtures.LIMITS,
                Fixtures.NOW);

        var dated = template.medicationsFrom(LocalDate.of(2026, 1, 30));

        assertThat(dated).hasSize(3);
        assertThat(dated.get(0).startOn()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(dated.get(0).endOn()).as("no duration: until the protocol ends").isNull();
        // Day 29 of the protocol, then 84 days counting the first: 27 Feb to 21 May.
        assertThat(dated.get(1).startOn()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(dated.get(1).endOn()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(dated.get(2).startOn()).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(dated.get(2).endOn()).as("a one-day medication ends on its first day")
                .isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(dated.get(1).dose()).isEqualByComparingTo("25");
        assertThat(dated.get(1).unit()).isEqualTo(DoseUnit.MG);
    }

    @Test
    void appliedTemplatePlansAProtocolThatPassesTheSameChecks() {
        var template = new ProtocolTemplate(new TemplateDetails("Tamoxifen alone", ProtocolKind.MEDICATED, ""), 10,
                Fixtures.NOW);
        template.addMedication(medication(Drug.TAMOXIFEN, "20", DoseUnit.MG, 0, 90), Fixtures.LIMITS, Fixtures.NOW);
        var start = LocalDate.of(2026, 4, 1);
        var protocol = RestartProtocol.plan(7L, new ProtocolDetails(template.getName(), template.getKind(), start,
                null), template.medicationsFrom(start), template.getName(), Fixtures.LIMITS, Fixtures.NOW);
        assertThat(protocol.getMedications()).singleElement().satisfies(m -> {
            assertThat(m.getStartOn()).isEqualTo(start);
            assertThat(m.getEndOn()).isEqualTo(LocalDate.of(2026, 6, 29));
            assertThat(m.getDosing().describe()).isEqualTo("Tamoxifen 20 mg oral, daily");
        });
        assertThat(protocol.getTemplateName()).isEqualTo("Tamoxifen alone");
    }

    @Test
    void refusesNegativeOffsetsAndEmptyDurations() {
        var template = new ProtocolTemplate(new TemplateDetails("T", ProtocolKind.MEDICATED, ""), 10, Fixtures.NOW);
        assertThatThrownBy(() -> template.addMedication(medication(Drug.HCG, "3000", DoseUnit.IU, -1, 0),
                Fixtures.LIMITS, Fixtures.NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("startOffsetDays", "durationDays"));
        assertThat(template.getMedications()).isEmpty();
    }
}
