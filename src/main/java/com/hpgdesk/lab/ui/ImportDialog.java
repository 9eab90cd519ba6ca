package com.hpgdesk.lab.ui;

import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.lab.importer.DateOrder;
import com.hpgdesk.lab.importer.ImportedResult;
import com.hpgdesk.lab.results.ImportPreview;
import com.hpgdesk.lab.results.ImportSummary;
import com.hpgdesk.lab.results.LabImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Import lab file": upload, a preview of every row's outcome, then one commit of all good rows. Large
 * files are committed on a background thread with a progress bar, so the page stays responsive.
 */
class ImportDialog extends Dialog {

    /** Below this many rows a commit takes well under a second: no thread, no progress bar. */
    static final int BACKGROUND_FROM_ROWS = 1_000;
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    final Upload upload;
    final RadioButtonGroup<DateOrder> dateOrder = new RadioButtonGroup<>("This file writes dates as");
    final Paragraph fileProblem = new Paragraph();
    final Span summary = new Span();
    final Grid<ImportPreview.Row> preview = new Grid<>();
    final Button commit = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();

    private final LabImportService imports;
    private final long patientId;
    private final Consumer<ImportSummary> imported;
    private byte @Nullable [] content;
    private @Nullable String fileName;
    private @Nullable ImportPreview current;

    ImportDialog(LabImportService imports, long patientId, Consumer<ImportSummary> imported) {
        this.imports = imports;
        this.patientId = patientId;
        this.imported = imported;
        setHeaderTitle("Import lab file");
        setWidth("min(95vw, 90em)");
        setHeight("85vh");

        UI ui = UI.getCurrent();
        // The handler runs without the session lock: the screen is only touched inside ui.access.
        upload = new Upload(new BoundedUpload(MAX_FILE_BYTES, (bytes, name) -> ui.access(() -> read(bytes, name)),
                message -> ui.access(() -> refuse(message))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain", "text/tab-separated-values");
        upload.setDropLabel(new Span("Drop a CSV export of the lab here"));

        dateOrder.setItems(DateOrder.values());
        dateOrder.setItemLabelGenerator(order -> order == DateOrder.DAY_FIRST ? "Day first (14/03/2026)"
                : "Month first (03/14/2026)");
        dateOrder.setHelperText("Every date in this file fits both orders: say which the lab uses.");
        dateOrder.setVisible(false);
        dateOrder.addValueChangeListener(change -> {
            if (change.getValue() != null && content != null) {
                showPreview();
            }
        });

        fileProblem.setVisible(false);
        fileProblem.getStyle().set("color", "var(--lumo-error-text-color)");

        preview.addColumn(ImportPreview.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(row -> result(row) == null ? "" : result(row).value().marker().name()).setHeader("Marker")
                .setAutoWidth(true);
        preview.addColumn(row -> result(row) == null ? "" : result(row).value().reported().value().toPlainString())
                .setHeader("Value").setAutoWidth(true);
        preview.addColumn(row -> result(row) == null ? "" : result(row).value().reported().unit().symbol())
                .setHeader("Unit").setAutoWidth(true);
        preview.addColumn(row -> result(row) == null ? "" : ResultText.DATE.format(result(row).collected()))
                .setHeader("Date").setAutoWidth(true);
        preview.addColumn(row -> result(row) == null ? "" : ResultText.flag(result(row).value().flag()))
                .setHeader("Flag").setAutoWidth(true);
        preview.addColumn(row -> row.status().label() + (row.reason().isEmpty() ? "" : ": " + row.reason()))
                .setHeader("Outcome").setFlexGrow(1);
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        preview.setAriaLabel("Rows of the file and what importing them would do");
        preview.setVisible(false);
        preview.setHeight("40vh");

        progress.setVisible(false);
        progressText.setVisible(false);

        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(click -> commit());

        add(upload, fileProblem, dateOrder, summary, preview, progress, progressText);
        getFooter().add(new Button("Close", click -> close()), commit);
    }

    private static @Nullable ImportedResult result(ImportPreview.Row row) {
        return row.result();
    }

    /** Takes a file's bytes and shows what importing it would do. */
    void read(byte[] bytes, @Nullable String name) {
        this.content = bytes;
        this.fileName = name;
        dateOrder.clear();
        showPreview();
    }

    /** A file refused while it was received: nothing of it is kept. */
    void refuse(String message) {
        content = null;
        current = null;
        fileProblem.setText(message);
        fileProblem.setVisible(true);
        summary.setText("");
        preview.setVisible(false);
        commit.setEnabled(false);
    }

    private void showPreview() {
        byte[] bytes = java.util.Objects.requireNonNull(content);
        var shown = imports.previewImport(patientId, bytes, dateOrder.getValue(), fileName);
        current = shown;
        var problem = shown.parse().problem();
        fileProblem.setText(problem.orElse(""));
        fileProblem.setVisible(problem.isPresent());
        dateOrder.setVisible(shown.parse().needsDateOrder() || dateOrder.getValue() != null);
        preview.setItems(shown.rows());
        preview.setVisible(!shown.rows().isEmpty());
        long ok = shown.count(ImportPreview.Status.OK);
        summary.setText(ok + " to import, " + shown.count(ImportPreview.Status.ALREADY_IMPORTED)
                + " already imported, " + shown.count(ImportPreview.Status.REJECTED) + " rejected.");
        commit.setText("Import " + ok + (ok == 1 ? " row" : " rows"));
        commit.setEnabled(ok > 0);
    }

    private void commit() {
        var chosen = current;
        if (chosen == null) {
            return;
        }
        commit.setEnabled(false);
        upload.setVisible(false);
        if (chosen.toImport().size() < BACKGROUND_FROM_ROWS) {
            try {
                finished(imports.commitImport(patientId, chosen, com.hpgdesk.lab.results.ImportProgress.NONE));
            } catch (InvalidInputException refusal) {
                failed(refusal.getMessage());
            }
            return;
        }
        progress.setVisible(true);
        progressText.setVisible(true);
        progress.setValue(0);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        UI ui = UI.getCurrent();
        // The service checks the signed-in user, so the thread carries the clinician's security context.
        Thread.ofVirtual().name("lab-import-" + patientId).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                var done = imports.commitImport(patientId, chosen, (saved, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) saved / total);
                    progressText.setText("Saved " + saved + " of " + total + " results…");
                }));
                ui.access(() -> finished(done));
            } catch (InvalidInputException refusal) {
                ui.access(() -> failed(refusal.getMessage()));
            } catch (RuntimeException e) {
                log.error("Lab import for patient {} failed", patientId, e);
                ui.access(() -> failed("The import failed and nothing was saved. Try again, or ask the practice lead."));
            }
        }));
    }

    private void finished(ImportSummary done) {
        progress.setVisible(false);
        progressText.setVisible(false);
        setCloseOnEsc(true);
        Notices.success("Imported " + done.saved() + " results into " + done.reportIds().size()
                + (done.reportIds().size() == 1 ? " report" : " reports"));
        close();
        imported.accept(done);
    }

    private void failed(String message) {
        progress.setVisible(false);
        progressText.setVisible(false);
        setCloseOnEsc(true);
        upload.setVisible(true);
        Notices.error(message);
        if (content != null) {
            showPreview();
        }
    }
}
