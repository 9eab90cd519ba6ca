package com.hpgdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.security.SystemActor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@DeskSpringTest
@ExtendWith(OutputCaptureExtension.class)
class RestartProtocolServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Autowired
    RestartProtocolService service;

    @Autowired
    JdbcTemplate jdbc;

    private long patientId;

    @BeforeEach
    void newPatient() {
        patientId = TestPatients.insert(jdbc);
    }

    private ProtocolTemplate template(String name) {
        return service.templates().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private int storedProtocols() {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from restart_protocol where patient_id = ?", Integer.class, patientId));
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void seedsTheTemplatesOfReportedPracticeWithTheirSources() {
        assertThat(service.templates()).extracting(ProtocolTemplate::getName).containsExactly("hCG + clomiphene",
                "Clomiphene alone", "Enclomiphene alone", "hCG + anastrozole when estradiol is high", "Tamoxifen alone",
                "hCG + FSH (fertility)", "Natural recovery (no medication)");
        var hcgClomiphene = template("hCG + clomiphene");
        assertThat(hcgClomiphene.getDescription()).contains("Wenker", "Kohn", "the clinician prescribes")
                .doesNotContain("Krzastek");
        assertThat(hcgClomiphene.getMedications()).extracting(m -> m.getDosing().describe())
                .containsExactly("hCG 3,000 IU subcutaneous, every other day", "Clomiphene 25 mg oral, daily");
        assertThat(template("Natural recovery (no medication)").getMedications()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void plansFromATemplateAndReadsItBackWithDatedMedications() {
        var planned = service.planFromTemplate(patientId, Objects.requireNonNull(template("hCG + clomiphene").getId()),
                START);

        var stored = service.protocol(Objects.requireNonNull(planned.getId()));
        assertThat(stored.getPatientId()).isEqualTo(patientId);
        assertThat(stored.getStatus()).isEqualTo(ProtocolStatus.PLANNED);
        assertThat(stored.getTemplateName()).isEqualTo("hCG + clomiphene");
        assertThat(stored.getMedications()).extracting(Medication::getStartOn).containsOnly(START);
        assertThat(stored.getMedications()).extracting(m -> m.getDosing().getDose())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("3000"), new BigDecimal("25"));
        assertThat(service.protocolsOf(patientId)).extracting(RestartProtocol::getId).containsExactly(planned.getId());
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void runsTheWorkflowAndFeedsTheTimeline() {
        var planned = service.planFromTemplate(patientId, Objects.requireNonNull(template("hCG + clomiphene").getId()),
                START);
        long id = Objects.requireNonNull(planned.getId());
        var started = service.start(id, planned.getVersion(), START);
        var stopped = service.stop(id, started.getVersion(), START.plusDays(40), "Raised haematocrit");

        assertThat(stopped.getStatus()).isEqualTo(ProtocolStatus.STOPPED);
        assertThat(service.protocol(id).getStopReason()).isEqualTo("Raised haematocrit");
        assertThat(service.timeline(patientId, START.plusDays(100)).phases())
                .extracting(ProtocolTimeline.Phase::label, ProtocolTimeline.Phase::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hCG", START.plusDays(40)),
                        org.assertj.core.groups.Tuple.tuple("SERM", START.plusDays(40)));
    }

    @Test
    @WithMockUser(roles = "SOMETHING_ELSE")
    void someoneWithoutTheClinicianRoleIsRefused() {
        assertThatThrownBy(() -> service.protocolsOf(patientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.plan(patientId, new ProtocolDetails("x", ProtocolKind.NATURAL, START, null),
                List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.timeline(patientId, START)).isInstanceOf(AccessDeniedException.class);
        assertThat(storedProtocols()).isZero();
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void onlyAPracticeLeadEditsTemplates() {
        var template = template("Clomiphene alone");
        assertThatThrownBy(() -> service.updateTemplate(Objects.requireNonNull(template.getId()), template.getVersion(),
                new TemplateDetails("Renamed", ProtocolKind.MEDICATED, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createTemplate(new TemplateDetails("Mine", ProtocolKind.NATURAL, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(template("Clomiphene alone").getVersion()).isEqualTo(template.getVersion());
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "CLINICIAN"})
    void aTemplateNameWithALineBreakIsLoggedAsOneLine(CapturedOutput output) {
        service.createTemplate(new TemplateDetails("Split name\r\nWARN forged entry", ProtocolKind.NATURAL, ""));
        assertThat(output.getOut().lines()).filteredOn(line -> line.contains("forged entry")).singleElement()
                .asString().contains("Protocol template 'Split name\\r\\nWARN forged entry' created");
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "CLINICIAN"})
    void aPracticeLeadAddsAMedicationToANewTemplateAndPlanningUsesIt() {
        var created = service.createTemplate(new TemplateDetails("Gonadorelin trial", ProtocolKind.MEDICATED,
                "Local practice"));
        var withDrug = service.addTemplateMedication(Objects.requireNonNull(created.getId()), created.getVersion(),
                new TemplateMedicationPlan(Drug.GONADORELIN, null, new BigDecimal("100"), DoseUnit.MICROGRAM,
                        Route.SUBCUTANEOUS, Frequency.TWICE_WEEKLY, null, 7, 28));
        assertThat(withDrug.getVersion()).isGreaterThan(created.getVersion());

        var planned = service.planFromTemplate(patientId, Objects.requireNonNull(created.getId()), START);
        assertThat(planned.getMedications()).singleElement().satisfies(m -> {
            assertThat(m.getStartOn()).isEqualTo(START.plusDays(7));
            assertThat(m.getEndOn()).isEqualTo(START.plusDays(34));
        });
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void refusesTheSecondOfTwoConcurrentEditsAndKeepsTheFirst() {
        var planned = service.plan(patientId, new ProtocolDetails("Clomiphene", ProtocolKind.MEDICATED, START, null),
                List.of(Fixtures.clomiphene(START, null)));
        long id = Objects.requireNonNull(planned.getId());
        var mine = service.protocol(id);
        var theirs = service.protocol(id);

        service.updateDetails(id, theirs.getVersion(),
                new ProtocolDetails("Clomiphene 25 mg", ProtocolKind.MEDICATED, START, "Theirs"));
        assertThatThrownBy(() -> service.addMedication(id, mine.getVersion(), Fixtures.hcg(START, null)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("The protocol 'Clomiphene 25 mg' was changed by someone else");

        var stored = service.protocol(id);
        assertThat(stored.getName()).isEqualTo("Clomiphene 25 mg");
        assertThat(stored.getNotes()).isEqualTo("Theirs");
        assertThat(stored.getMedications()).hasSize(1);
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void aMedicationChangeAloneMovesTheProtocolVersion() {
        var planned = service.plan(patientId, new ProtocolDetails("Clomiphene", ProtocolKind.MEDICATED, START, null),
                List.of(Fixtures.clomiphene(START, null)));
        long id = Objects.requireNonNull(planned.getId());
        long medicationId = Objects.requireNonNull(planned.getMedications().getFirst().getId());
        var changed = service.updateMedication(id, planned.getVersion(), medicationId,
                MedicationPlan.of(Drug.CLOMIPHENE, "50", DoseUnit.MG, Route.ORAL, Frequency.EVERY_OTHER_DAY, START,
                        null));
        assertThat(changed.getVersion()).isGreaterThan(planned.getVersion());
        assertThatThrownBy(() -> service.removeMedication(id, planned.getVersion(), medicationId))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.protocol(id).getMedications()).singleElement()
                .satisfies(m -> assertThat(m.getDosing().getDose()).isEqualByComparingTo("50"));
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void savesNothingWhenOneMedicationIsInvalid() {
        var tooMuch = MedicationPlan.of(Drug.HCG, "30000", DoseUnit.IU, Route.SUBCUTANEOUS,
                Frequency.EVERY_OTHER_DAY, START, null);
        assertThatThrownBy(() -> service.plan(patientId, new ProtocolDetails("hCG + clomiphene",
                ProtocolKind.MEDICATED, START, null), List.of(Fixtures.clomiphene(START, null), tooMuch)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.fieldErrors()).containsOnlyKeys("medications[1].dose"));
        assertThat(storedProtocols()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from protocol_medication m join restart_protocol p "
                + "on p.id = m.protocol_id where p.patient_id = ?", Integer.class, patientId)).isZero();
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void refusesAProtocolForAPatientWhoDoesNotExist() {
        assertThatThrownBy(() -> service.plan(-1L, new ProtocolDetails("x", ProtocolKind.NATURAL, START, null),
                List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.fieldErrors()).containsOnlyKeys("patient"));
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void readsAWeeklyMaximumWithItsSourceForEveryDrugOfTheCatalogue() {
        var limits = service.doseLimits();
        for (var drug : Drug.values()) {
            if (drug == Drug.OTHER) {
                continue;
            }
            var limit = limits.of(drug).orElseThrow();
            assertThat(limit.maxPerWeek()).as(drug.name()).isNotNull().isPositive();
            assertThat(limit.weeklySource()).as(drug.name()).isNotBlank();
        }
        assertThat(limits.of(Drug.ANASTROZOLE).orElseThrow().maxPerWeek()).isEqualByComparingTo("7");
        assertThat(limits.of(Drug.HCG).orElseThrow().maxPerWeek()).isEqualByComparingTo("12000");
        assertThat(limits.of(Drug.CLOMIPHENE).orElseThrow().weeklySource()).startsWith("practice convention");
    }

    @Test
    @WithMockUser(roles = "CLINICIAN")
    void refusesAnOverWeeklyScheduleAndKeepsNothing() {
        var anastrozole = MedicationPlan.of(Drug.ANASTROZOLE, "2", DoseUnit.MG, Route.ORAL, Frequency.TWICE_DAILY,
                START, null);
        assertThatThrownBy(() -> service.plan(patientId, new ProtocolDetails("hCG + anastrozole",
                ProtocolKind.MEDICATED, START, null), List.of(Fixtures.hcg(START, null), anastrozole)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.fieldErrors())
                        .containsOnlyKeys("medications[1].frequency")
                        .hasEntrySatisfying("medications[1].frequency", message -> assertThat(message)
                                .contains("28 mg a week", "weekly maximum of 7 mg", "Arimidex label")));
        assertThat(storedProtocols()).isZero();
    }

    @Test
    void theDemoCanRecordProtocolsInEveryStatus() {
        var hcg = List.of(Fixtures.hcg(START, null));
        SystemActor.run(() -> {
            service.recordProtocol(patientId, new ProtocolRecord(new ProtocolDetails("Planned", ProtocolKind.MEDICATED,
                    START, null), hcg, ProtocolStatus.PLANNED, null, null, null));
            service.recordProtocol(patientId, new ProtocolRecord(new ProtocolDetails("Active", ProtocolKind.MEDICATED,
                    START, null), hcg, ProtocolStatus.ACTIVE, START, null, null));
            service.recordProtocol(patientId, new ProtocolRecord(new ProtocolDetails("Completed",
                    ProtocolKind.MEDICATED, START, null), hcg, ProtocolStatus.COMPLETED, START, START.plusDays(90),
                    null));
            service.recordProtocol(patientId, new ProtocolRecord(new ProtocolDetails("Cancelled",
                    ProtocolKind.NATURAL, START, null), List.of(), ProtocolStatus.STOPPED, null, START,
                    "Chose hCG instead"));
        });
        var protocols = SystemActor.call(() -> service.protocolsOf(patientId));
        assertThat(protocols).extracting(RestartProtocol::getName, RestartProtocol::getStatus).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Planned", ProtocolStatus.PLANNED),
                org.assertj.core.groups.Tuple.tuple("Active", ProtocolStatus.ACTIVE),
                org.assertj.core.groups.Tuple.tuple("Completed", ProtocolStatus.COMPLETED),
                org.assertj.core.groups.Tuple.tuple("Cancelled", ProtocolStatus.STOPPED));
        assertThatThrownBy(() -> SystemActor.run(() -> service.recordProtocol(patientId, new ProtocolRecord(
                new ProtocolDetails("Backwards", ProtocolKind.MEDICATED, START, null), hcg, ProtocolStatus.COMPLETED,
                START, START.minusDays(1), null)))).isInstanceOf(InvalidInputException.class);
        assertThat(storedProtocols()).isEqualTo(4);
    }
}
