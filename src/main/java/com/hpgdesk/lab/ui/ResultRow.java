package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.Unit;
import com.hpgdesk.lab.results.EnteredResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** One marker of a report being entered: marker, value, unit (only those the marker accepts), lab range, method. */
class ResultRow extends HorizontalLayout {

    final ComboBox<Marker> marker = new ComboBox<>("Marker");
    /** Text, not a number field: a result beyond the assay's limits is typed as printed, "< 0.2". */
    final TextField value = new TextField("Value");
    final Select<Unit> unit = new Select<>();
    final BigDecimalField labLow = new BigDecimalField("Lab range low");
    final BigDecimalField labHigh = new BigDecimalField("Lab range high");
    final TextField method = new TextField("Method");
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    ResultRow(MarkerCatalogue catalogue, @Nullable Marker initial) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        marker.setItems(catalogue.markers());
        marker.setItemLabelGenerator(Marker::name);
        marker.setRequired(true);
        marker.setWidth("16em");
        unit.setLabel("Unit");
        unit.setItemLabelGenerator(Unit::symbol);
        unit.setWidth("9em");
        unit.setEnabled(false);
        value.setRequiredIndicatorVisible(true);
        value.setWidth("8em");
        value.setMaxLength(40);
        value.setHelperText("e.g. 5.5, < 0.2, > 1500");
        labLow.setWidth("8em");
        labHigh.setWidth("8em");
        labLow.setHelperText("Optional; wins over the default");
        method.setWidth("10em");
        marker.addValueChangeListener(change -> showUnitsOf(change.getValue()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove this marker");
        add(marker, value, unit, labLow, labHigh, method, remove);
        if (initial != null) {
            marker.setValue(initial);
        }
    }

    private void showUnitsOf(@Nullable Marker chosen) {
        if (chosen == null) {
            unit.setItems();
            unit.setEnabled(false);
            return;
        }
        unit.setItems(chosen.acceptedUnits());
        unit.setValue(chosen.canonicalUnit());
        unit.setEnabled(true);
    }

    EnteredResult entered() {
        Marker chosen = marker.getValue();
        return new EnteredResult(chosen == null ? null : chosen.key(), value.getValue().strip(), unit.getValue(),
                labLow.getValue(), labHigh.getValue(), method.getValue());
    }
}
