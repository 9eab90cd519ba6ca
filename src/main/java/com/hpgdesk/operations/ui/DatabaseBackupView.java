package com.hpgdesk.operations.ui;

import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.operations.BackupFile;
import com.hpgdesk.operations.BackupRefused;
import com.hpgdesk.operations.DatabaseBackups;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Practice leads back up the running desk and see the backups kept so far. */
@Route("backups")
@PageTitle("Backups | " + MainLayout.APP_NAME)
@Menu(order = 97, title = "Backups", icon = "vaadin:archive")
@RolesAllowed(Role.ADMIN_NAME)
class DatabaseBackupView extends VerticalLayout {

    // UTC, as in the file names and the audit trail.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final DatabaseBackups backups;
    final Button backUp = new Button("Back up now", VaadinIcon.ARCHIVE.create());
    final Paragraph outcome = new Paragraph();
    final Grid<BackupFile> grid = new Grid<>();

    DatabaseBackupView(DatabaseBackups backups) {
        this.backups = backups;
        setSizeFull();
        if (!backups.backsUpItself()) {
            backUp.setEnabled(false);
            add(new Paragraph(DatabaseBackups.USE_PG_DUMP_TEXT));
        } else {
            add(new Paragraph("A backup copies the whole database while everyone keeps working, into "
                    + backups.folder() + ", with a SHA-256 checksum file beside it. Copy backups to another place: "
                    + "a backup on the same disk is lost with the disk. Restoring one is done with the desk stopped "
                    + "(see Operations in the README)."));
        }
        backUp.setId("back-up-now");
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(click -> backUp());
        // Present from the start, so screen readers announce the result when its text arrives.
        outcome.getElement().setAttribute("role", "status");
        grid.addColumn(backup -> TIME.format(backup.takenAt())).setHeader("Taken").setAutoWidth(true);
        grid.addColumn(BackupFile::name).setHeader("File").setAutoWidth(true);
        grid.addColumn(backup -> String.format("%,.1f MB", backup.sizeBytes() / 1_048_576.0)).setHeader("Size")
                .setAutoWidth(true);
        grid.addColumn(backup -> backup.sha256().isEmpty() ? "no checksum file" : backup.sha256())
                .setHeader("SHA-256").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Backups kept");
        grid.setSizeFull();
        add(backUp, outcome, grid);
        refresh();
    }

    private void backUp() {
        try {
            BackupFile backup = backups.backUp();
            outcome.setText("Backed up to " + backup.path() + " (SHA-256 " + backup.sha256() + ").");
            Notices.success("Backed up to " + backup.name());
        } catch (BackupRefused refused) {
            outcome.setText(refused.getMessage());
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list());
    }
}
