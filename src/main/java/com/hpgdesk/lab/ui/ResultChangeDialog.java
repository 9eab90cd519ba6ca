package com.hpgdesk.lab.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.lab.results.LabService;
import com.hpgdesk.lab.results.StoredResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Correcting or deleting a saved result, or deleting a whole report. Each needs a reason, which is kept
 * with the result as it was.
 */
class ResultChangeDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm = new Button();

    private ResultChangeDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(95vw, 60em)");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText("Kept with the result as it was; the audit trail records that a reason was given.");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    static ResultChangeDialog edit(LabService labs, StoredResult result, Runnable changed) {
        var dialog = new ResultChangeDialog("Correct " + result.marker().name() + " of "
                + ResultText.DATE.format(result.collectedOn()));
        var row = new ResultRow(labs.catalogue(), result.marker());
        row.marker.setReadOnly(true);
        row.remove.setVisible(false);
        row.unit.setValue(result.reported().unit());
        row.value.setValue(ResultText.number(result.reported()));
        var range = result.range();
        if (result.rangeOrigin() == com.hpgdesk.lab.RangeOrigin.LAB && range != null) {
            row.labLow.setValue(range.low());
            row.labHigh.setValue(range.high());
        }
        row.method.setValue(result.method() == null ? "" : result.method());
        dialog.add(row, dialog.reason);
        var messages = new FieldMessages().bind("value", row.value).bind("unit", row.unit).bind("range", row.labLow)
                .bind("method", row.method).bind("reason", dialog.reason);
        dialog.confirm.setText("Save correction");
        dialog.confirm.addClickListener(click -> dialog.act(messages, () -> labs.updateResult(result.id(),
                result.reportVersion(), row.entered(), dialog.reason.getValue()), "Corrected " + result.marker().name(),
                changed));
        return dialog;
    }

    static ResultChangeDialog deleteResult(LabService labs, StoredResult result, Runnable changed) {
        var dialog = new ResultChangeDialog("Delete " + result.marker().name() + " of "
                + ResultText.DATE.format(result.collectedOn()));
        dialog.add(new Paragraph("The result disappears from the lists and trends. It is kept, with your reason."),
                dialog.reason);
        dialog.confirm.setText("Delete result");
        dialog.confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.confirm.addClickListener(click -> dialog.act(new FieldMessages().bind("reason", dialog.reason),
                () -> labs.deleteResult(result.id(), result.reportVersion(), dialog.reason.getValue()),
                "Deleted " + result.marker().name(), changed));
        return dialog;
    }

    static ResultChangeDialog deleteReport(LabService labs, long reportId, long version, String describe,
                                           Runnable changed) {
        var dialog = new ResultChangeDialog("Delete the report of " + describe);
        dialog.add(new Paragraph("All results of this report disappear from the lists and trends. They are kept, "
                + "with your reason."), dialog.reason);
        dialog.confirm.setText("Delete report");
        dialog.confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.confirm.addClickListener(click -> dialog.act(new FieldMessages().bind("reason", dialog.reason),
                () -> labs.deleteReport(reportId, version, dialog.reason.getValue()), "Deleted the report", changed));
        return dialog;
    }

    private void act(FieldMessages messages, Runnable action, String done, Runnable changed) {
        try {
            action.run();
            Notices.success(done);
            close();
            changed.run();
        } catch (InvalidInputException refusal) {
            messages.show(refusal).forEach(Notices::error);
        } catch (ConcurrentEditException e) {
            Notices.error(e.getMessage());
            close();
            changed.run();
        }
    }
}
