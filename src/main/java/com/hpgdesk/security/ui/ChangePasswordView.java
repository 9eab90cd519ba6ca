package com.hpgdesk.security.ui;

import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.security.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Everyone changes their own password here. While a password chosen by a practice lead is still in use,
 * {@link PasswordChangeGuard} sends every navigation here, so nothing is done under a password someone
 * else knows.
 */
@Route("password")
@PageTitle("Change password | " + MainLayout.APP_NAME)
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(AccountService accounts) {
        setMaxWidth("40rem");
        var intro = new Paragraph(accounts.mustChangePassword()
                ? "Your practice lead set your current password. Choose your own before you continue: only you "
                        + "should know it, because everything you do is recorded under your name."
                : "Choose a new password. Only you should know it: everything you do is recorded under your name.");
        intro.setId("password-intro");
        var current = new PasswordField("Current password");
        var fresh = new PasswordField("New password");
        fresh.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters, not a common password "
                + "and not your username. A few unrelated words make a good one.");
        var repeat = new PasswordField("New password again");
        for (var field : new PasswordField[] {current, fresh, repeat}) {
            field.setRequired(true);
            field.setWidthFull();
        }
        var messages = new FieldMessages().bind("currentPassword", current).bind("newPassword", fresh)
                .bind("repeat", repeat);
        var save = new Button("Change password", click -> {
            try {
                if (!fresh.getValue().equals(repeat.getValue())) {
                    throw InvalidInputException.of("repeat", "The two new passwords differ: type the same one twice.");
                }
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                Notices.success("Your password is changed.");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (InvalidInputException e) {
                messages.show(e).forEach(Notices::error);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(intro, form, save);
    }
}
