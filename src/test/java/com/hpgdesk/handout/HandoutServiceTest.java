package com.hpgdesk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.SystemActor;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class HandoutServiceTest {

    @Autowired
    HandoutService handouts;
    @Autowired
    PatientService patients;
    @Autowired
    AuditTrail audit;

    private List<Patient> demoPatients() {
        return patients.search(PatientQuery.ALL, PageRequest.of(0, 20));
    }

    @Test
    void makesAHandoutForEveryDemoPatientAndKeepsItsExactBytes() throws IOException {
        for (Patient patient : demoPatients()) {
            Handout made = handouts.generate(patient.id(), "en", handouts.suggestedNextLabs(patient.id()));

            var file = handouts.open(made.id(), true);
            // Kept for a person to look at the pages (pdftoppm -png -r 80 target/handouts/...).
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "handouts"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "handouts", file.fileName()), file.content());
            assertThat(HandoutService.sha256(file.content())).isEqualTo(made.getSha256());
            assertThat(file.content()).hasSize(made.getSizeBytes());
            assertThat(made.getPageCount()).isGreaterThanOrEqualTo(3);
            assertThat(made.getGeneratedBy()).isEqualTo("mhale");
            assertThat(made.getRulesVersion()).isNotBlank();
            assertThat(made.getTemplateVersion()).isEqualTo("en-2");
            assertThat(file.fileName()).startsWith("handout-" + patient.getRecordNumber() + "-").endsWith("-en.pdf")
                    .doesNotContain(patient.getFamilyName());
            assertThat(HandoutPdfTest.text(file.content())).contains(patient.getFullName(), "Your plan",
                    "Riverside Recovery Clinic (demo)");
        }
    }

    @Test
    void generatingViewingAndDownloadingAreEachAudited() {
        long patientId = demoPatients().getFirst().id();
        Handout made = handouts.generate(patientId, "es", null);
        handouts.open(made.id(), false);
        handouts.open(made.id(), true);

        List<AuditRecord> records = SystemActor.call(() -> audit.list(PageRequest.of(0, 50),
                new AuditFilter(patientId, null, null, null, null)));
        String subject = HandoutService.SUBJECT + " " + made.id();
        assertThat(records).filteredOn(record -> record.getSubject().equals(subject))
                .extracting(AuditRecord::getAction, AuditRecord::getActor)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "mhale"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, "mhale"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.EXPORT, "mhale"));
        assertThat(records).filteredOn(record -> record.getSubject().equals(subject)
                        && record.getAction() == AuditAction.CREATE).first()
                .extracting(AuditRecord::getDetail).asString().contains("Español", "SHA-256 " + made.getSha256());
    }

    @Test
    void theListIsNewestFirstAndTheNextHandoutSuggestsHisLastLanguage() {
        long patientId = demoPatients().get(1).id();
        handouts.generate(patientId, "en", null);
        Handout latest = handouts.generate(patientId, "es", null);

        assertThat(handouts.handoutsOf(patientId).getFirst().id()).isEqualTo(latest.id());
        assertThat(handouts.suggestedLanguage(patientId)).isEqualTo("es");
        assertThat(handouts.suggestedNextLabs(patientId)).isAfterOrEqualTo(handouts.today());
    }

    @Test
    void hisChosenLanguageIsRememberedOfferedFirstAndAuditedWithoutMakingHisOpenFormStale() {
        Patient patient = demoPatients().get(4);
        long patientId = patient.id();
        long version = patients.open(patientId).orElseThrow().patient().getVersion();
        handouts.generate(patientId, "en", null);
        assertThat(handouts.suggestedLanguage(patientId)).isEqualTo("en");

        handouts.choosePatientLanguage(patientId, "es");

        assertThat(patients.handoutLanguage(patientId)).contains("es");
        assertThat(handouts.suggestedLanguage(patientId)).isEqualTo("es");
        assertThat(patients.open(patientId).orElseThrow().patient().getVersion()).isEqualTo(version);
        List<AuditRecord> records = SystemActor.call(() -> audit.list(PageRequest.of(0, 50),
                new AuditFilter(patientId, null, null, null, null)));
        assertThat(records).filteredOn(record -> record.getAction() == AuditAction.UPDATE
                        && record.getSubject().equals("patient")).extracting(AuditRecord::getDetail)
                .contains("Changed the handout language from none to es");
        // The clinician's form, opened before the choice, still saves.
        patients.update(patientId, version, patients.open(patientId).orElseThrow().patient().details());
        assertThat(patients.handoutLanguage(patientId)).contains("es");
    }

    @Test
    void aLanguageWithoutTemplatesOrNotALanguageTagIsRefusedAndNothingChanges() {
        long patientId = demoPatients().get(5).id();
        var before = patients.handoutLanguage(patientId);

        assertThatThrownBy(() -> handouts.choosePatientLanguage(patientId, "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[en, es]");
        assertThatThrownBy(() -> patients.chooseHandoutLanguage(patientId, "es'; drop table patient"))
                .isInstanceOf(com.hpgdesk.base.InvalidInputException.class)
                .hasMessageContaining("language tag such as es or pt-BR");
        assertThat(patients.handoutLanguage(patientId)).isEqualTo(before);
    }

    @Test
    void anUnknownLanguageOrPatientIsRefusedAndNothingIsStored() {
        long patientId = demoPatients().get(2).id();
        int before = handouts.handoutsOf(patientId).size();

        assertThatThrownBy(() -> handouts.generate(patientId, "fr", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[en, es]");
        assertThatThrownBy(() -> handouts.generate(987_654_321L, "en", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(handouts.handoutsOf(patientId)).hasSize(before);
    }

    @Test
    @WithMockUser(username = "visitor", roles = {})
    void anAccountWithoutTheClinicianRoleCannotGenerateOrOpenAHandout() {
        assertThatThrownBy(() -> handouts.open(1L, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handouts.generate(1L, "en", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handouts.choosePatientLanguage(1L, "es")).isInstanceOf(AccessDeniedException.class);
    }
}
