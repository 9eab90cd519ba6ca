package com.hpgdesk.patient.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.patient.Compound;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.CourseKind;
import com.hpgdesk.patient.DoseUnit;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields of one androgen course. */
class CourseForm extends FormLayout {

    final Select<CourseKind> kind = new Select<>();
    final MultiSelectComboBox<Compound> compounds = new MultiSelectComboBox<>("Compounds");
    final TextField otherCompound = new TextField("Other compound");
    final BigDecimalField dose = new BigDecimalField("Dose per administration");
    final Select<DoseUnit> unit = new Select<>();
    final IntegerField interval = new IntegerField("Dosing interval (days)");
    final DatePicker startedOn = DateFields.create("First dose");
    final DatePicker lastDoseOn = DateFields.create("Last dose");
    final Checkbox ongoing = new Checkbox("Still on treatment (no last dose yet)");
    final TextArea notes = new TextArea("Notes");
    private final FieldMessages messages = new FieldMessages();

    CourseForm(LocalDate today) {
        kind.setLabel("Kind");
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(CourseKind::label);
        compounds.setItems(Compound.values());
        compounds.setItemLabelGenerator(Compound::label);
        compounds.setRequired(true);
        otherCompound.setHelperText("Only when \"Other\" is chosen");
        otherCompound.setMaxLength(100);
        dose.setRequiredIndicatorVisible(true);
        unit.setLabel("Dose unit");
        unit.setItems(DoseUnit.values());
        unit.setItemLabelGenerator(DoseUnit::label);
        unit.setValue(DoseUnit.MG);
        interval.setMin(1);
        interval.setMax(365);
        interval.setStepButtonsVisible(true);
        interval.setHelperText("1 = daily, 7 = weekly, 14 = every two weeks");
        interval.setRequiredIndicatorVisible(true);
        startedOn.setMax(today);
        startedOn.setRequired(true);
        lastDoseOn.setMax(today);
        lastDoseOn.setRequired(true);
        ongoing.setHelperText("Tick while he still takes this course: the recovery clock then shows him as on "
                + "treatment instead of counting time since a last dose");
        ongoing.addValueChangeListener(change -> showOngoing(change.getValue()));
        notes.setMaxLength(1000);
        add(kind, compounds, otherCompound, dose, unit, interval, startedOn, lastDoseOn, ongoing, notes);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 2));
        messages.bind("kind", kind).bind("compounds", compounds).bind("otherCompound", otherCompound)
                .bind("doseAmount", dose).bind("doseUnit", unit).bind("dosingIntervalDays", interval)
                .bind("startedOn", startedOn).bind("lastDoseOn", lastDoseOn).bind("ongoing", ongoing)
                .bind("notes", notes);
    }

    /** An ongoing course has no last dose: the field is emptied and closed while the box is ticked. */
    private void showOngoing(boolean stillTaking) {
        if (stillTaking) {
            lastDoseOn.clear();
        }
        lastDoseOn.setEnabled(!stillTaking);
        lastDoseOn.setRequired(!stillTaking);
    }

    void show(CourseDetails details) {
        kind.setValue(details.kind());
        compounds.setValue(details.compounds());
        otherCompound.setValue(orEmpty(details.otherCompound()));
        dose.setValue(details.doseAmount());
        if (details.doseUnit() != null) {
            unit.setValue(details.doseUnit());
        }
        interval.setValue(details.dosingIntervalDays());
        startedOn.setValue(details.startedOn());
        lastDoseOn.setValue(details.lastDoseOn());
        ongoing.setValue(details.ongoing());
        notes.setValue(orEmpty(details.notes()));
    }

    CourseDetails read() {
        return new CourseDetails(kind.getValue(), compounds.getValue(), otherCompound.getValue(), dose.getValue(),
                unit.getValue(), interval.getValue(), startedOn.getValue(), lastDoseOn.getValue(), notes.getValue(),
                ongoing.getValue());
    }

    List<String> show(InvalidInputException refusal) {
        return messages.show(refusal);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
