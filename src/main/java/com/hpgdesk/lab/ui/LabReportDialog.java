package com.hpgdesk.lab.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredReport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** "Enter lab report": one collection date, the lab, then one row per marker as the report lists them. */
class LabReportDialog extends Dialog {

    final DatePicker collectedOn = DateFields.create("Collection date");
    final TextField labName = new TextField("Lab");
    final Button addRow = new Button("Add marker", VaadinIcon.PLUS.create());
    final Button save = new Button("Save report");
    final List<ResultRow> rows = new ArrayList<>();

    private final MarkerCatalogue catalogue;
    private final VerticalLayout rowsLayout = new VerticalLayout();

    LabReportDialog(LabService labs, long patientId, LocalDate today, Consumer<StoredReport> saved) {
        this.catalogue = labs.catalogue();
        setHeaderTitle("Enter lab report");
        setWidth("min(95vw, 80em)");
        collectedOn.setRequired(true);
        collectedOn.setMax(today);
        labName.setMaxLength(120);
        rowsLayout.setPadding(false);
        addRow.addClickListener(click -> addRow());
        add(new HorizontalLayout(collectedOn, labName), rowsLayout, addRow);
        addRow();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var messages = messages();
            try {
                var report = labs.saveReport(patientId, collectedOn.getValue(), labName.getValue(),
                        rows.stream().map(ResultRow::entered).toList());
                messages.clear();
                Notices.success("Saved the lab report of " + ResultText.DATE.format(report.collectedOn()) + " ("
                        + report.results().size() + " results)");
                close();
                saved.accept(report);
            } catch (InvalidInputException refusal) {
                messages.show(refusal).forEach(Notices::error);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    ResultRow addRow() {
        var row = new ResultRow(catalogue, null);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            rowsLayout.remove(row);
        });
        rows.add(row);
        rowsLayout.add(row);
        return row;
    }

    /** Bound afresh each time: rows come and go, and the service numbers them as they are now. */
    private FieldMessages messages() {
        var messages = new FieldMessages().bind("collectedOn", collectedOn).bind("labName", labName);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String prefix = "results[" + i + "].";
            messages.bind(prefix + "marker", row.marker).bind(prefix + "value", row.value)
                    .bind(prefix + "unit", row.unit).bind(prefix + "range", row.labLow)
                    .bind(prefix + "method", row.method);
        }
        return messages;
    }
}
