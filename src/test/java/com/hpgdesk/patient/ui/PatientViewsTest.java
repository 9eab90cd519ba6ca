package com.hpgdesk.patient.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.SystemActor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class PatientViewsTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;

    private static String uniqueRecordNumber() {
        return "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    @Test
    void registersAPatientThroughTheFormAndOpensTheirPage() {
        navigate(PatientsView.class);
        test(button("Register patient")).click();
        String recordNumber = uniqueRecordNumber();
        test(field("Record number")).setValue(recordNumber);
        test(field("Given name")).setValue("Дмитрий");
        test(field("Family name")).setValue("<i>Соколов</i>");
        test($(DatePicker.class).withCaption("Date of birth").single()).setValue(LocalDate.of(1988, 2, 29));
        test(button("Register")).click();

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Дмитрий <i>Соколов</i>");
        assertThat($(Span.class).withText(recordNumber).exists()).isTrue();
    }

    @Test
    void showsEachProblemAtItsFieldAndRegistersNothing() {
        navigate(PatientsView.class);
        long before = patients.count(com.hpgdesk.patient.PatientQuery.ALL);
        test(button("Register patient")).click();
        test($(DatePicker.class).withCaption("Date of birth").single()).setValue(LocalDate.now().minusYears(16));
        test(button("Register")).click();

        assertThat(field("Record number").isInvalid()).isTrue();
        assertThat(field("Record number").getErrorMessage()).isEqualTo("Enter the practice record number.");
        var birth = $(DatePicker.class).withCaption("Date of birth").single();
        assertThat(birth.isInvalid()).isTrue();
        assertThat(birth.getErrorMessage()).contains("under 18");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(patients.count(com.hpgdesk.patient.PatientQuery.ALL)).isEqualTo(before);
    }

    @Test
    void findsARegisteredPatientBySearch() {
        String recordNumber = uniqueRecordNumber();
        var patient = SystemActor.call(() -> patients.register(details(recordNumber, "Søren", "Kierkegård")));
        navigate(PatientsView.class);
        test(field("Find a patient")).setValue(recordNumber);
        @SuppressWarnings("unchecked")
        Grid<Patient> grid = $(Grid.class).first();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).getId()).isEqualTo(patient.getId());
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("No course recorded");
    }

    @Test
    void editsThePatientsDetails() {
        var patient = SystemActor.call(() -> patients.register(details(uniqueRecordNumber(), "Edit", "Me")));
        navigate("patient/" + patient.id(), PatientView.class);
        test(button("Edit details")).click();
        test($(EmailField.class).withCaption("E-mail").single()).setValue("new@example.org");
        test(button("Save")).click();
        var stored = patients.open(patient.id()).orElseThrow().patient();
        assertThat(stored.getEmail()).isEqualTo("new@example.org");
    }

    @Test
    void refusesASaveWhenSomeoneElseSavedFirstAndOffersAReload() {
        var patient = SystemActor.call(() -> patients.register(details(uniqueRecordNumber(), "Two", "Editors")));
        navigate("patient/" + patient.id(), PatientView.class);
        test(button("Edit details")).click();
        test(field("Given name")).setValue("Mine");

        // Meanwhile a colleague saves the same record from their own session.
        SystemActor.run(() -> {
            var current = patients.open(patient.id()).orElseThrow().patient();
            var d = current.details();
            patients.update(patient.id(), current.getVersion(), new PatientDetails(d.recordNumber(), "Theirs",
                    d.familyName(), d.dateOfBirth(), d.email(), d.phone(), d.address(), d.responsibleClinicianId(),
                    null, null, null));
        });

        test(button("Save")).click();
        var notification = $(Notification.class).last();
        assertThat(notification.isOpened()).isTrue();
        assertThat($(Span.class, notification).first().getText()).contains("changed by someone else");
        assertThat(patients.open(patient.id()).orElseThrow().patient().getGivenName()).isEqualTo("Theirs");

        test($(Button.class, notification).withText("Reload").single()).click();
        assertThat($(H2.class).first().getText()).isEqualTo("Theirs Editors");
    }

    @Test
    void thePageListsTheContributedTabsInOrderAndBuildsOnlyTheOneShown() {
        var patient = SystemActor.call(() -> patients.register(details(uniqueRecordNumber(), "Tab", "Order")));
        navigate("patient/" + patient.id(), PatientView.class);

        var sheet = $(TabSheet.class).single();
        assertThat($(Tab.class).all()).extracting(Tab::getLabel).containsExactly("Marker tables",
                "Androgen history", "Restart protocol", "Labs", "Lifestyle", "Handouts", "Notes", "Contact");
        assertThat(sheet.getSelectedIndex()).isZero();
        assertThat(reads(patient.id())).contains("patient record", "marker tables")
                .doesNotContain("lifestyle entries", "lifestyle trend");
        assertThat($(Button.class).withText("Record a week").exists()).isFalse();

        openTab("Lifestyle");
        assertThat($(Button.class).withText("Record a week").exists()).isTrue();
        assertThat(reads(patient.id())).contains("lifestyle entries", "lifestyle trend");
    }

    @Test
    void theMarkerTablesAreLetGoWhenLeftAndBuiltAgainOnReturnReadOnceEachTime() {
        var patient = SystemActor.call(() -> patients.register(details(uniqueRecordNumber(), "Tab", "Release")));
        navigate("patient/" + patient.id(), PatientView.class);
        assertThat($(com.hpgdesk.assessment.ui.MarkerTablesPanel.class).all()).hasSize(1);

        openTab("Labs");
        assertThat($(com.hpgdesk.assessment.ui.MarkerTablesPanel.class).all()).isEmpty();
        assertThat(reads(patient.id()).stream().filter("marker tables"::equals)).hasSize(1);

        openTab("Marker tables");
        assertThat($(com.hpgdesk.assessment.ui.MarkerTablesPanel.class).all()).hasSize(1);
        assertThat(reads(patient.id()).stream().filter("marker tables"::equals)).hasSize(2);
    }

    /** Opens a tab of the patient page by its label, as a clinician would click it. */
    private void openTab(String label) {
        var tabs = $(Tab.class).all();
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).getLabel().equals(label)) {
                $(TabSheet.class).single().setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("The patient page has no tab " + label);
    }

    private java.util.List<String> reads(long patientId) {
        return SystemActor.call(() -> audit.list(org.springframework.data.domain.PageRequest.of(0, 50),
                new AuditFilter(patientId, null, null, null))).stream()
                .filter(record -> record.getAction() == AuditAction.READ)
                .map(AuditRecord::getSubject).toList();
    }

    @Autowired
    AuditTrail audit;

    @Test
    void theListSaysHowManyPatientsTheSearchFound() {
        String recordNumber = uniqueRecordNumber();
        SystemActor.call(() -> patients.register(details(recordNumber, "Paweł", "Łęcki")));
        navigate(PatientsView.class);
        test(field("Find a patient")).setValue(recordNumber);
        assertThat($(Span.class).id("patient-count").getText()).isEqualTo("1 patient found for \u201c" + recordNumber
                + "\u201d");
        test(field("Find a patient")).setValue("zzqx nobody");
        assertThat($(Span.class).id("patient-count").getText()).isEqualTo("No patient found for \u201czzqx nobody\u201d");
    }

    private void addCourseThroughTheForm(LocalDate start, boolean stillOnTreatment) {
        openTab("Androgen history");
        test(button("Add course")).click();
        var dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        Select<CourseKind> kind = $(Select.class, dialog).first();
        kind.setValue(CourseKind.ANABOLIC_STEROIDS);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Compound> compounds = $(MultiSelectComboBox.class, dialog).first();
        compounds.setValue(java.util.Set.of(Compound.TESTOSTERONE_ENANTHATE));
        test($(BigDecimalField.class, dialog).withCaption("Dose per administration").single())
                .setValue(new java.math.BigDecimal("250"));
        test($(IntegerField.class, dialog).withCaption("Dosing interval (days)").single()).setValue(7);
        test($(DatePicker.class, dialog).withCaption("First dose").single()).setValue(start);
        test($(Checkbox.class, dialog).withCaption("Still on treatment (no last dose yet)").single())
                .click();
        assertThat($(DatePicker.class, dialog).withCaption("Last dose").single().isEnabled()).isEqualTo(!stillOnTreatment);
        test(button("Save course")).click();
    }

    @Test
    void aCourseStillBeingTakenShowsThePatientOnTreatment() {
        String recordNumber = uniqueRecordNumber();
        var patient = SystemActor.call(() -> patients.register(details(recordNumber, "Jakub", "Nowak")));
        navigate("patient/" + patient.id(), PatientView.class);
        addCourseThroughTheForm(LocalDate.now().minusYears(2), true);

        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat($(Span.class).withClassName("clock-value").single().getText()).isEqualTo("On treatment");
        assertThat($(Span.class).withClassName("clock-detail").single().getText()).startsWith("On treatment")
                .doesNotContain("weeks").doesNotContain("End of treatment");
        openTab("Androgen history");
        @SuppressWarnings("unchecked")
        Grid<com.hpgdesk.patient.AndrogenCourse> courses = $(Grid.class).first();
        assertThat(test(courses).getCellText(0, 4)).isEqualTo("Still taking it");
        assertThat(test(courses).getCellText(0, 5)).isEqualTo("On treatment");

        navigate(PatientsView.class);
        test(field("Find a patient")).setValue(recordNumber);
        @SuppressWarnings("unchecked")
        Grid<Patient> list = $(Grid.class).first();
        assertThat(test(list).getCellText(0, 4)).isEqualTo("On treatment");
    }

    @Test
    void aSecondOngoingCourseIsRefusedAtTheCheckbox() {
        var patient = SystemActor.call(() -> patients.register(details(uniqueRecordNumber(), "Marek", "Zieliński")));
        navigate("patient/" + patient.id(), PatientView.class);
        addCourseThroughTheForm(LocalDate.now().minusYears(2), true);
        addCourseThroughTheForm(LocalDate.now().minusMonths(3), true);

        var box = $(Checkbox.class, $(Dialog.class).single()).single();
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).contains("is already marked as ongoing");
        assertThat(patients.open(patient.id()).orElseThrow().courses()).hasSize(1);
    }

    @Test
    void anUnknownPatientNumberSaysSo() {
        navigate("patient/999999999", PatientView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Patient not found");
    }

    private PatientDetails details(String recordNumber, String given, String family) {
        long clinician = mhaleId();
        return new PatientDetails(recordNumber, given, family, LocalDate.of(1979, 8, 2), null, null, null,
                clinician, null, null, null);
    }

    @Autowired
    com.hpgdesk.security.AccountService accounts;

    private long mhaleId() {
        return SystemActor.call(() -> accounts.listActiveClinicians().stream()
                .filter(a -> a.getUsername().equals("mhale")).findFirst().orElseThrow().getId());
    }
}
