package com.hpgdesk.protocol.ui;

import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.protocol.DoseLimits;
import com.hpgdesk.protocol.DoseUnit;
import com.hpgdesk.protocol.Dosing;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.protocol.Frequency;
import com.hpgdesk.protocol.Route;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The dosing part of a medication form, shared by protocol and template medications. Choosing a drug sets
 * the unit it is dosed in, so the usual case needs no unit choice; the service still checks it.
 */
final class DosingFields {

    final Select<Drug> drug = new Select<>();
    final TextField otherName = new TextField("Drug name");
    final BigDecimalField dose = new BigDecimalField("Dose per administration");
    final Select<DoseUnit> unit = new Select<>();
    final Select<Route> route = new Select<>();
    final Select<Frequency> frequency = new Select<>();
    final TextField frequencyNote = new TextField("Schedule note");

    DosingFields(DoseLimits limits) {
        drug.setLabel("Drug");
        drug.setItems(Drug.values());
        drug.setItemLabelGenerator(d -> d == Drug.OTHER ? "Other (name it)" : d.label() + " (" + d.drugClass().label()
                + ")");
        drug.setRequiredIndicatorVisible(true);
        otherName.setVisible(false);
        otherName.setMaxLength(100);
        drug.addValueChangeListener(event -> {
            var chosen = event.getValue();
            otherName.setVisible(chosen == Drug.OTHER);
            if (chosen != null && event.isFromClient()) {
                limits.of(chosen).ifPresent(limit -> unit.setValue(limit.unit()));
            }
        });
        dose.setRequiredIndicatorVisible(true);
        unit.setLabel("Unit");
        unit.setItems(DoseUnit.values());
        unit.setItemLabelGenerator(DoseUnit::label);
        unit.setRequiredIndicatorVisible(true);
        route.setLabel("Route");
        route.setItems(Route.values());
        route.setItemLabelGenerator(Route::label);
        route.setRequiredIndicatorVisible(true);
        frequency.setLabel("How often");
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Frequency::label);
        frequency.setRequiredIndicatorVisible(true);
        frequencyNote.setHelperText("Optional, e.g. \"Monday, Wednesday, Friday\"");
        frequencyNote.setMaxLength(200);
    }

    void fill(Dosing dosing) {
        drug.setValue(dosing.getDrug());
        otherName.setVisible(dosing.getDrug() == Drug.OTHER);
        otherName.setValue(dosing.getOtherName() == null ? "" : dosing.getOtherName());
        dose.setValue(dosing.getDose());
        unit.setValue(dosing.getUnit());
        route.setValue(dosing.getRoute());
        frequency.setValue(dosing.getFrequency());
        frequencyNote.setValue(dosing.getFrequencyNote() == null ? "" : dosing.getFrequencyNote());
    }

    FieldMessages bind(FieldMessages messages) {
        return messages.bind("drug", drug).bind("otherName", otherName).bind("dose", dose).bind("unit", unit)
                .bind("route", route).bind("frequency", frequency).bind("frequencyNote", frequencyNote);
    }

    List<Component> components() {
        return List.of(drug, otherName, dose, unit, route, frequency, frequencyNote);
    }
}
