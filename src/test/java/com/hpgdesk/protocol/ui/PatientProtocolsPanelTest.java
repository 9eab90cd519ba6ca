package com.hpgdesk.protocol.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.protocol.ProtocolTemplate;
import com.hpgdesk.protocol.RestartProtocol;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.protocol.TestPatients;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
class PatientProtocolsPanelTest extends SpringBrowserlessTest {

    @Autowired
    RestartProtocolService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    @SuppressWarnings("unchecked")
    void aClinicianPlansAProtocolFromATemplate() {
        long patientId = TestPatients.insert(jdbc);
        navigate("", com.vaadin.flow.component.Component.class);
        var panel = new PatientProtocolsPanel(service, patientId);
        UI.getCurrent().add(panel);
        assertThat($(Grid.class, panel).exists()).isFalse();

        test($(Button.class, panel).withText("Plan protocol").single()).click();
        Select<ProtocolTemplate> template = $(Select.class).withLabel("Start from").single();
        var hcgClomiphene = template.getListDataView().getItems()
                .filter(t -> t != null && t.getName().equals("hCG + clomiphene")).findFirst().orElseThrow();
        template.setValue(hcgClomiphene);
        test($(Button.class).withText("Plan").single()).click();

        var stored = service.protocolsOf(patientId);
        assertThat(stored).singleElement().extracting(RestartProtocol::getStatus).isEqualTo(ProtocolStatus.PLANNED);
        Grid<Object> medications = medicationGrid(panel, "hCG + clomiphene");
        assertThat(test(medications).size()).isEqualTo(2);
        assertThat(test(medications).getCellText(0, 0)).isEqualTo("hCG");
        assertThat(test(medications).getCellText(0, 2)).isEqualTo("3,000 IU");
        assertThat($(Span.class, panel).withText("Planned").exists()).isTrue();
        assertThat($(Button.class, panel).withAriaLabel("Start hCG + clomiphene").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aRefusedDoseIsShownAtItsField() {
        long patientId = TestPatients.insert(jdbc);
        var clomiphene = service.templates().stream().filter(t -> t.getName().equals("Clomiphene alone"))
                .findFirst().orElseThrow();
        service.planFromTemplate(patientId, java.util.Objects.requireNonNull(clomiphene.getId()), service.today());
        navigate("", com.vaadin.flow.component.Component.class);
        var panel = new PatientProtocolsPanel(service, patientId);
        UI.getCurrent().add(panel);

        var grid = medicationGrid(panel, "Clomiphene alone");
        var actions = test(grid).getCellComponent(0, 7);
        test($(Button.class, actions).withAriaLabel("Edit Clomiphene").single()).click();
        var dose = $(com.vaadin.flow.component.textfield.BigDecimalField.class).withLabel("Dose per administration")
                .single();
        dose.setValue(new java.math.BigDecimal("250"));
        test($(Button.class).withText("Save medication").single()).click();

        assertThat(dose.isInvalid()).isTrue();
        assertThat(dose.getErrorMessage()).contains("plausible maximum of 100 mg for Clomiphene");
        assertThat(service.protocolsOf(patientId).getFirst().getMedications().getFirst().getDosing().getDose())
                .isEqualByComparingTo("25");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> medicationGrid(PatientProtocolsPanel panel, String protocolName) {
        return $(Grid.class, panel).withCondition(
                grid -> grid.getAriaLabel().filter(("Medications of " + protocolName)::equals).isPresent()).single();
    }
}
