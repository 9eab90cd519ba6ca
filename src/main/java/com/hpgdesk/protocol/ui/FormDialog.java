package com.hpgdesk.protocol.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.List;

/**
 * A dialog with one form and one action. A refusal keeps the dialog open with each message at its field;
 * a stale copy closes it and offers a reload, since the form's starting point is out of date.
 */
final class FormDialog extends Dialog {

    private final FieldMessages messages = new FieldMessages();
    private final FormLayout form = new FormLayout();
    private final Button save;

    FormDialog(String title, String actionText, Runnable action, Runnable reload) {
        setHeaderTitle(title);
        setWidth("min(42rem, 95vw)");
        add(form);
        save = new Button(actionText, click -> {
            try {
                action.run();
                close();
                reload.run();
            } catch (InvalidInputException refusal) {
                messages.show(refusal).forEach(Notices::error);
            } catch (ConcurrentEditException stale) {
                close();
                Notices.staleCopy(stale.getMessage(), reload);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    FormDialog fields(Component... fields) {
        form.add(fields);
        return this;
    }

    FormDialog fields(List<Component> fields) {
        fields.forEach(form::add);
        return this;
    }

    FieldMessages messages() {
        return messages;
    }

    Button actionButton() {
        return save;
    }
}
