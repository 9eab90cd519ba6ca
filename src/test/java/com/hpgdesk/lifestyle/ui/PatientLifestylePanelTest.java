package com.hpgdesk.lifestyle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.DeskSpringTest;
import com.hpgdesk.chart.ui.ChartImage;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.SystemActor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@DeskSpringTest
class PatientLifestylePanelTest extends SpringBrowserlessTest {

    @Autowired
    LifestyleService lifestyle;
    @Autowired
    PatientService patients;
    @Autowired
    AccountService accounts;

    private long patientId;

    private PatientLifestylePanel openPanel() {
        patientId = SystemActor.call(() -> {
            long clinician = accounts.listActiveClinicians().stream()
                    .filter(account -> account.getUsername().equals("mhale")).findFirst().orElseThrow().getId();
            return patients.register(new PatientDetails("LP-" + UUID.randomUUID().toString().substring(0, 12),
                    "Ada", "Panel", LocalDate.of(1980, 1, 1), null, null, null, clinician, null, null, null)).id();
        });
        navigate("", com.vaadin.flow.component.Component.class);
        var panel = new PatientLifestylePanel(lifestyle, patients, patientId);
        UI.getCurrent().add(panel);
        return panel;
    }

    private BigDecimalField field(LifestyleMeasure measure) {
        return $(BigDecimalField.class).id("lifestyle-" + measure.key());
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClinicianRecordsAWeekAndSeesItInTheGridAndTheTrend() {
        openPanel();
        test($(Button.class).id("lifestyle-add")).click();

        field(LifestyleMeasure.SLEEP_HOURS).setValue(new BigDecimal("5.5"));
        field(LifestyleMeasure.WEIGHT).setValue(new BigDecimal("80"));
        field(LifestyleMeasure.HEIGHT).setValue(new BigDecimal("180"));
        assertThat($(TextField.class).id("lifestyle-bmi").getValue()).isEqualTo("24.7");
        assertThat(field(LifestyleMeasure.SLEEP_HOURS).getHelperText()).isEqualTo("In h/night, 0 to 16");
        @SuppressWarnings("unchecked")
        Select<Boolean> apnoea = $(Select.class).id("lifestyle-suspectedSleepApnoea");
        apnoea.setValue(true);
        test($(Button.class).id("lifestyle-save")).click();

        @SuppressWarnings("unchecked")
        Grid<Object> weeks = $(Grid.class).first();
        assertThat(test(weeks).size()).isEqualTo(1);
        assertThat(test(weeks).getCellText(0, 1)).isEqualTo("5.5 h/night");
        assertThat(test(weeks).getCellText(0, 4)).isEqualTo("24.7 kg/m²");
        var chart = $(ChartImage.class).first();
        assertThat(chart.getAltText()).contains("Sleep, 1 value at").endsWith("latest 5.5 h/night, below range");
        assertThat(weeks.getAriaLabel()).contains("Weekly lifestyle entries");
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anImplausibleValueIsShownAtItsFieldAndNothingIsSaved() {
        var panel = openPanel();
        test($(Button.class).id("lifestyle-add")).click();

        var sleep = field(LifestyleMeasure.SLEEP_HOURS);
        sleep.setValue(new BigDecimal("30"));
        test($(Button.class).id("lifestyle-save")).click();

        assertThat(sleep.isInvalid()).isTrue();
        assertThat(sleep.getErrorMessage()).isEqualTo("Sleep must be between 0 and 16 hours a night.");
        @SuppressWarnings("unchecked")
        Grid<Object> weeks = $(Grid.class, panel).first();
        assertThat(test(weeks).size()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Select<Boolean> answer(LifestyleMeasure measure) {
        return $(Select.class).id("lifestyle-" + measure.key());
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theEnergyAndGutInputsRoundTripAndAnUnansweredQuestionStaysNotRecorded() {
        var panel = openPanel();
        test($(Button.class).id("lifestyle-add")).click();

        assertThat(field(LifestyleMeasure.CALORIE_DEFICIT).getHelperText()).isEqualTo("In kcal/day, 0 to 3000");
        assertThat(field(LifestyleMeasure.PSS10).getHelperText()).isEqualTo("In points, 0 to 40");
        var gi = answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS);
        assertThat(gi.getValue()).as("a new week starts unanswered, not at no").isNull();
        assertThat(gi.isEmptySelectionAllowed()).isTrue();
        assertThat(gi.getEmptySelectionCaption()).isEqualTo("Not recorded");

        field(LifestyleMeasure.FERMENTABLE_FIBRE).setValue(new BigDecimal("6.5"));
        field(LifestyleMeasure.GLYCAEMIC_LOAD).setValue(new BigDecimal("95"));
        field(LifestyleMeasure.CALORIE_DEFICIT).setValue(new BigDecimal("900"));
        field(LifestyleMeasure.ENDURANCE_MINUTES).setValue(new BigDecimal("420"));
        field(LifestyleMeasure.PSS10).setValue(new BigDecimal("22"));
        field(LifestyleMeasure.WEIGHT_LOST).setValue(new BigDecimal("3.2"));
        answer(LifestyleMeasure.ENERGY_DEFICIT).setValue(false);
        test($(Button.class).id("lifestyle-save")).click();

        @SuppressWarnings("unchecked")
        Grid<Object> weeks = $(Grid.class, panel).first();
        assertThat(test(weeks).size()).isEqualTo(1);
        int answers = weeks.getColumns().size() - 2;
        assertThat(test(weeks).getCellText(0, answers)).isEqualTo("Calorie deficit or rapid weight loss: no");

        var entry = lifestyle.listEntries(patientId).getFirst();
        var dialog = new LifestyleEntryDialog(lifestyle, patientId, entry, null, () -> { });
        assertThat(dialog.field(LifestyleMeasure.FERMENTABLE_FIBRE).getValue()).isEqualByComparingTo("6.5");
        assertThat(dialog.field(LifestyleMeasure.GLYCAEMIC_LOAD).getValue()).isEqualByComparingTo("95");
        assertThat(dialog.field(LifestyleMeasure.CALORIE_DEFICIT).getValue()).isEqualByComparingTo("900");
        assertThat(dialog.field(LifestyleMeasure.ENDURANCE_MINUTES).getValue()).isEqualByComparingTo("420");
        assertThat(dialog.field(LifestyleMeasure.PSS10).getValue()).isEqualByComparingTo("22");
        assertThat(dialog.field(LifestyleMeasure.WEIGHT_LOST).getValue()).isEqualByComparingTo("3.2");
        assertThat(dialog.answer(LifestyleMeasure.ENERGY_DEFICIT).getValue()).isFalse();
        assertThat(dialog.answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS).getValue()).isNull();
        assertThat(dialog.answer(LifestyleMeasure.SUSPECTED_SLEEP_APNOEA).getValue()).isNull();
    }

    @Test
    @WithUserDetails(value = "mhale", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPss10ScoreOffItsScaleIsShownAtItsFieldAndNothingIsSaved() {
        var panel = openPanel();
        test($(Button.class).id("lifestyle-add")).click();

        var pss = field(LifestyleMeasure.PSS10);
        pss.setValue(new BigDecimal("45"));
        answer(LifestyleMeasure.FREQUENT_GI_SYMPTOMS).setValue(true);
        test($(Button.class).id("lifestyle-save")).click();

        assertThat(pss.isInvalid()).isTrue();
        assertThat(pss.getErrorMessage()).isEqualTo("PSS-10 score (past month) must be between 0 and 40 points.");
        @SuppressWarnings("unchecked")
        Grid<Object> weeks = $(Grid.class, panel).first();
        assertThat(test(weeks).size()).isZero();
    }
}
