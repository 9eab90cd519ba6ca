package com.hpgdesk.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.lifestyle.LifestyleDetails;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.ui.PatientTab;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Lifestyle and Restart protocol tabs show who changed or deleted a record and what it read before. */
@DeskSpringTest
@WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class HistoryButtonsTest extends SpringBrowserlessTest {

    @Autowired
    List<PatientTab> tabs;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;
    @Autowired
    LifestyleService lifestyle;
    @Autowired
    RestartProtocolService protocols;

    long patientId;

    @BeforeEach
    void registerPatient() {
        patientId = SystemActor.call(() -> {
            long clinician = accounts.listActiveClinicians().stream()
                    .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
            return patients.register(new PatientDetails("HB-" + UUID.randomUUID().toString().substring(0, 12),
                    "Ilya", "Историев", LocalDate.of(1982, 3, 4), null, null, null, clinician, null, null, null)).id();
        });
        navigate("", Component.class);
    }

    private List<String> historyShownBy(String tabTitle, String buttonId) {
        var tab = tabs.stream().filter(candidate -> candidate.title().equals(tabTitle)).findFirst().orElseThrow();
        UI.getCurrent().add(tab.build(patientId));
        test($(Button.class).id(buttonId)).click();
        return $(Details.class).all().stream().map(Details::getSummaryText).toList();
    }

    @Test
    void aChangedThenDeletedLifestyleWeekShowsBothEarlierVersions() {
        var week = lifestyle.record(patientId, LifestyleDetails.weekOf(LocalDate.now().minusDays(7))
                .with(LifestyleMeasure.SLEEP_HOURS, "6"));
        var changed = lifestyle.update(week.getId(), week.getVersion(), LifestyleDetails.weekOf(week.getWeekOf())
                .with(LifestyleMeasure.SLEEP_HOURS, "7.5"));
        lifestyle.delete(changed.getId(), changed.getVersion());

        var shown = historyShownBy("Lifestyle", "lifestyle-history");

        assertThat(shown).hasSize(2);
        assertThat(shown.get(0)).startsWith("Deleted by mhale").contains("lifestyle week " + week.getId());
        assertThat(shown.get(1)).startsWith("Changed by mhale").contains("lifestyle week " + week.getId());
    }

    @Test
    void aStartedProtocolShowsHowItReadWhilePlanned() {
        long templateId = protocols.templates().getFirst().getId();
        var planned = protocols.planFromTemplate(patientId, templateId, LocalDate.now());
        protocols.start(planned.getId(), planned.getVersion(), LocalDate.now());

        var shown = historyShownBy("Restart protocol", "protocol-history");

        assertThat(shown).singleElement().asString().startsWith("Changed by mhale")
                .contains("restart protocol " + planned.getId());
    }

    @Test
    void withNothingChangedTheHistorySaysSo() {
        var shown = historyShownBy("Lifestyle", "lifestyle-history");
        assertThat(shown).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anyMatch(paragraph -> paragraph.getText().equals("Nothing was changed or deleted yet."));
    }
}
