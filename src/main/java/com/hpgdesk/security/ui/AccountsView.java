package com.hpgdesk.security.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.Role;
import com.hpgdesk.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** Practice leads manage who may sign in: create accounts, disable them, unlock them, reset passwords. */
@Route("accounts")
@PageTitle("Accounts | " + MainLayout.APP_NAME)
@Menu(order = 90, title = "Accounts", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final AccountService accounts;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>();

    AccountsView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        setSizeFull();

        var intro = new Paragraph("Everyone who signs in has an account here. Practice leads can also review the "
                + "whole practice and manage accounts.");
        var create = new Button("New account", VaadinIcon.PLUS.create(), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(intro, create);
        header.setWidthFull();
        header.expand(intro);
        header.setAlignItems(Alignment.CENTER);

        grid.addColumn(UserAccount::getDisplayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserAccount::getUsername).setHeader("Username").setAutoWidth(true);
        grid.addColumn(account -> account.getRole().label()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Accounts");
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.listAccounts());
    }

    private String status(UserAccount account) {
        if (!account.isEnabled()) {
            return "Disabled";
        }
        var lockedUntil = account.getLockedUntil();
        if (lockedUntil != null && account.isLockedAt(clock.instant())) {
            return "Locked until " + TIME.format(lockedUntil.atZone(ZoneId.systemDefault()));
        }
        return account.mustChangePassword() ? "Active, password to be changed" : "Active";
    }

    private HorizontalLayout actions(UserAccount account) {
        long id = java.util.Objects.requireNonNull(account.getId());
        var toggle = new Button(account.isEnabled() ? "Disable" : "Enable", click -> act(
                () -> accounts.setEnabled(id, account.getVersion(), !account.isEnabled()),
                (account.isEnabled() ? "Disabled " : "Enabled ") + account.getDisplayName()));
        toggle.setAriaLabel((account.isEnabled() ? "Disable " : "Enable ") + account.getDisplayName());
        var unlock = new Button("Unlock", click -> act(() -> accounts.unlock(id, account.getVersion()),
                "Unlocked " + account.getDisplayName()));
        unlock.setAriaLabel("Unlock " + account.getDisplayName());
        unlock.setVisible(account.isLockedAt(clock.instant()));
        var reset = new Button("Reset password", click -> openResetDialog(account));
        reset.setAriaLabel("Reset password of " + account.getDisplayName());
        for (var button : new Button[] {toggle, unlock, reset}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(toggle, unlock, reset);
    }

    private void act(Supplier<UserAccount> action, String done) {
        try {
            action.get();
            Notices.success(done);
        } catch (ConcurrentEditException | InvalidInputException e) {
            Notices.error(e.getMessage());
        }
        refresh();
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        var displayName = new TextField("Name shown to colleagues");
        var username = new TextField("Username");
        var role = new Select<Role>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.CLINICIAN);
        var password = new PasswordField("Initial password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters. Share it privately: "
                + "it must be changed at the first sign-in.");
        for (var field : new TextField[] {displayName, username}) {
            field.setRequired(true);
        }
        password.setRequired(true);
        var messages = new FieldMessages().bind("displayName", displayName).bind("username", username)
                .bind("password", password);
        var form = new FormLayout(displayName, username, role, password);
        dialog.add(form);
        var save = new Button("Create account", click -> {
            try {
                var created = accounts.createAccount(new AccountService.NewAccount(username.getValue(),
                        displayName.getValue(), role.getValue(), password.getValue()));
                Notices.success("Created account " + created.getUsername());
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                messages.show(e).forEach(Notices::error);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        displayName.focus();
    }

    private void openResetDialog(UserAccount account) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Reset password of " + account.getDisplayName());
        var password = new PasswordField("New password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters. Also lifts a lock; "
                + "it must be changed at the next sign-in.");
        var messages = new FieldMessages().bind("password", password);
        dialog.add(password);
        var save = new Button("Set password", click -> {
            try {
                accounts.resetPassword(java.util.Objects.requireNonNull(account.getId()), account.getVersion(),
                        password.getValue());
                Notices.success("New password set for " + account.getDisplayName());
                dialog.close();
            } catch (InvalidInputException e) {
                messages.show(e).forEach(Notices::error);
            } catch (ConcurrentEditException e) {
                Notices.error(e.getMessage());
                dialog.close();
            }
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        password.focus();
    }
}
