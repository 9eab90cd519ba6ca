package com.hpgdesk.handout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.handout.Handout;
import com.hpgdesk.handout.HandoutService;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class HandoutsPanelTest extends SpringBrowserlessTest {

    @Autowired
    HandoutService handouts;
    @Autowired
    PatientService patients;

    @Test
    void generatingShowsThePreviewAndListsTheHandoutWithItsDownload() {
        long patientId = patients.search(PatientQuery.ALL, PageRequest.of(0, 10)).get(3).id();
        navigate("", Component.class);
        var panel = new HandoutsPanel(handouts, patientId);
        UI.getCurrent().add(panel);
        int before = panel.earlier.getDataProvider().size(new Query<>());
        assertThat(panel.preview.isVisible()).isFalse();
        assertThat(panel.language.getValue()).isNotNull();

        panel.language.setValue(handouts.languages().stream().filter(language -> language.code().equals("es"))
                .findFirst().orElseThrow());
        test(panel.generate).click();

        var listed = panel.earlier.getDataProvider().fetch(new Query<>()).toList();
        assertThat(listed).hasSize(before + 1);
        Handout made = listed.getFirst();
        assertThat(made.getLanguage()).isEqualTo("es");
        assertThat(panel.preview.isVisible()).isTrue();
        assertThat(panel.preview.getSrc()).isNotBlank();
        assertThat(panel.previewHeading.getText()).startsWith("Preview: handout of ");
        var download = panel.actions(made).getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .findFirst().orElseThrow();
        assertThat(download.getText()).isEqualTo("Download PDF");
        assertThat(download.isDownload()).isTrue();
    }

    @Test
    void choosingHisLanguageRemembersItForTheNextVisit() {
        long patientId = patients.search(PatientQuery.ALL, PageRequest.of(0, 10)).get(5).id();
        navigate("", Component.class);
        var panel = new HandoutsPanel(handouts, patientId);
        UI.getCurrent().add(panel);
        assertThat(panel.language.getLabel()).isEqualTo("Handout language for this patient");

        test(panel.language).selectItem("Español");

        assertThat(patients.handoutLanguage(patientId)).contains("es");
        var nextVisit = new HandoutsPanel(handouts, patientId);
        UI.getCurrent().add(nextVisit);
        assertThat(nextVisit.language.getValue().code()).isEqualTo("es");
        test(nextVisit.language).selectItem("English");
        assertThat(patients.handoutLanguage(patientId)).contains("en");
    }
}
