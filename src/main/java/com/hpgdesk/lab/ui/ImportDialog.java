package com.hpgdesk.lab.ui;

import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.importer.ColumnRole;
import com.hpgdesk.lab.importer.DateOrder;
import com.hpgdesk.lab.importer.DecimalMark;
import com.hpgdesk.lab.importer.FileLayout;
import com.hpgdesk.lab.importer.ImportChoices;
import com.hpgdesk.lab.importer.ImportedResult;
import com.hpgdesk.lab.importer.UnknownName;
import com.hpgdesk.lab.results.ImportPreview;
import com.hpgdesk.lab.results.ImportSummary;
import com.hpgdesk.lab.results.LabImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Import lab file": upload, a preview of every row's outcome, then one commit of all good rows. What the
 * file cannot answer is asked in the preview, each only when needed: which column holds what, the date
 * order, the decimal mark, and which marker an unknown test name is (remembered for that lab). Large
 * files are committed on a background thread with a progress bar, so the page stays responsive.
 */
class ImportDialog extends Dialog {

    /** Below this many rows a commit takes well under a second: no thread, no progress bar. */
    static final int BACKGROUND_FROM_ROWS = 1_000;
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    final Upload upload;
    final RadioButtonGroup<DateOrder> dateOrder = new RadioButtonGroup<>("This file writes dates as");
    final RadioButtonGroup<DecimalMark> decimalMark = new RadioButtonGroup<>("This file writes decimals with");
    final Paragraph fileProblem = new Paragraph();
    /** Shown when the header is not recognised: the first rows, and which column holds what. */
    final VerticalLayout columnsStep = new VerticalLayout();
    final Grid<List<String>> firstRows = new Grid<>();
    final Map<ColumnRole, ComboBox<Integer>> columnFields = new EnumMap<>(ColumnRole.class);
    final Button useColumns = new Button("Read the file with these columns");
    /** Shown when test names are unknown: which marker each is, remembered for the lab. */
    final VerticalLayout namesStep = new VerticalLayout();
    final List<NameChoice> nameChoices = new ArrayList<>();
    final Button rememberNames = new Button("Remember these names for this lab");
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
    private ImportChoices choices = ImportChoices.NONE;

    /** One unknown test name and the marker the clinician says it is. */
    record NameChoice(UnknownName name, ComboBox<Marker> marker) {
    }

    ImportDialog(LabImportService imports, long patientId, Consumer<ImportSummary> imported) {
        this.imports = imports;
        this.patientId = patientId;
        this.imported = imported;
        setHeaderTitle("Import lab file");
        setWidth("min(95vw, 90em)");
        setHeight("85vh");

        UI ui = UI.getCurrent();
        // The handler runs without the session lock: the screen is only touched inside ui.access.
        upload = new Upload(new BoundedUpload(MAX_FILE_BYTES,
                (bytes, name) -> ui.access(() -> received(bytes, name)),
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
            if (change.isFromClient() || change.getValue() != null) {
                choices = choices.withDateOrder(change.getValue());
                if (content != null) {
                    showPreview();
                }
            }
        });
        decimalMark.setItems(DecimalMark.values());
        decimalMark.setItemLabelGenerator(mark -> mark == DecimalMark.POINT
                ? "Decimal point (1.250 is one and a quarter)" : "Decimal comma (1.250 is one thousand two hundred and fifty)");
        decimalMark.setHelperText("Nothing in this file shows whether 1.250 means 1.25 or 1250: say which the lab uses.");
        decimalMark.setVisible(false);
        decimalMark.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                choices = choices.withDecimalMark(change.getValue());
                if (content != null) {
                    showPreview();
                }
            }
        });

        columnsStep.setPadding(false);
        columnsStep.setVisible(false);
        firstRows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        firstRows.setAriaLabel("The first rows of the file");
        firstRows.setAllRowsVisible(true);
        var columnForm = new FormLayout();
        for (ColumnRole role : ColumnRole.values()) {
            if (role.chosenByClinician()) {
                var field = new ComboBox<Integer>(columnLabel(role));
                field.setClearButtonVisible(true);
                columnFields.put(role, field);
                columnForm.add(field);
            }
        }
        useColumns.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        useColumns.addClickListener(click -> useColumns());
        columnsStep.add(new Paragraph("The columns of this file are not recognised. Say which column holds what; "
                + "files with the same header will be read the same way."), firstRows, columnForm, useColumns);

        namesStep.setPadding(false);
        namesStep.setVisible(false);
        rememberNames.addClickListener(click -> rememberNames());

        fileProblem.setVisible(false);
        fileProblem.getStyle().set("color", "var(--lumo-error-text-color)");

        preview.addColumn(ImportPreview.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportDialog::markerText).setHeader("Marker").setWidth("11em").setFlexGrow(1);
        preview.addColumn(row -> result(row) == null ? row.written().value()
                : ResultText.number(result(row).value().reported())).setHeader("Value").setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(row -> result(row) == null ? row.written().unit() : result(row).value().reported().unit().symbol())
                .setHeader("Unit").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(row -> result(row) == null ? row.written().date() : ResultText.DATE.format(result(row).collected()))
                .setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ImportDialog::flagText).setHeader("Flag").setWidth("9em").setFlexGrow(0);
        preview.addColumn(row -> row.status().label() + (row.reason().isEmpty() ? "" : ": " + row.reason()))
                .setHeader("Outcome").setWidth("16em").setFlexGrow(3);
        // Outcomes are sentences: they wrap rather than being cut off at the column's edge.
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setAriaLabel("Rows of the file and what importing them would do");
        preview.setId("import-preview");
        preview.setVisible(false);
        preview.setHeight("40vh");

        progress.setVisible(false);
        progressText.setVisible(false);

        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(click -> commit());

        add(upload, fileProblem, columnsStep, dateOrder, decimalMark, namesStep, summary, preview, progress, progressText);
        getFooter().add(new Button("Close", click -> close()), commit);
    }

    private static @Nullable ImportedResult result(ImportPreview.Row row) {
        return row.result();
    }

    /** The marker read; for a rejected row, the name the lab wrote, so the clinician sees which test it was. */
    private static String markerText(ImportPreview.Row row) {
        ImportedResult result = row.result();
        if (result == null) {
            return row.written().marker();
        }
        String name = result.value().marker().name();
        String written = row.written().marker();
        return written.isEmpty() || written.equalsIgnoreCase(name) ? name : name + " (" + written + ")";
    }

    private static String flagText(ImportPreview.Row row) {
        ImportedResult result = row.result();
        String labFlag = row.written().labFlag();
        String ours = result == null ? "" : ResultText.flag(result.value().flag());
        if (labFlag.isEmpty()) {
            return ours;
        }
        return ours.isEmpty() ? "lab: " + labFlag : ours + " (lab: " + labFlag + ")";
    }

    private static String columnLabel(ColumnRole role) {
        return switch (role) {
            case DATE -> "Date column";
            case MARKER -> "Marker name column";
            case CODE -> "LOINC code column";
            case VALUE -> "Value column";
            case UNIT -> "Unit column";
            case RANGE -> "Reference range column";
            case FLAG -> "Lab's flag column (optional)";
            default -> role.label();
        };
    }

    private void received(byte[] bytes, @Nullable String name) {
        read(bytes, name);
        // With its one file taken, the upload would grey out (unreadable contrast) and refuse another file.
        upload.clearFileList();
    }

    /** Takes a file's bytes and shows what importing it would do. */
    void read(byte[] bytes, @Nullable String name) {
        this.content = bytes;
        this.fileName = name;
        choices = ImportChoices.NONE;
        dateOrder.clear();
        decimalMark.clear();
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
        showColumnsStep(null);
        showNamesStep(List.of());
        commit.setEnabled(false);
        upload.clearFileList();
    }

    private void showPreview() {
        byte[] bytes = java.util.Objects.requireNonNull(content);
        var shown = imports.previewImport(patientId, bytes, fileName, choices);
        current = shown;
        var parse = shown.parse();
        var problem = parse.problem();
        fileProblem.setText(problem.orElse(""));
        fileProblem.setVisible(problem.isPresent());
        showColumnsStep(parse.needsColumns() ? parse.layout() : null);
        dateOrder.setVisible(parse.needsDateOrder() || dateOrder.getValue() != null);
        decimalMark.setVisible(parse.needsDecimalMark() || decimalMark.getValue() != null);
        showNamesStep(parse.unknownNames());
        preview.setItems(shown.rows());
        preview.setVisible(!shown.rows().isEmpty());
        long ok = shown.count(ImportPreview.Status.OK);
        summary.setText(ok + " to import, " + shown.count(ImportPreview.Status.ALREADY_IMPORTED)
                + " already imported, " + shown.count(ImportPreview.Status.REJECTED) + " rejected.");
        commit.setText("Import " + ok + (ok == 1 ? " row" : " rows"));
        commit.setEnabled(ok > 0);
    }

    private void showColumnsStep(@Nullable FileLayout layout) {
        columnsStep.setVisible(layout != null);
        if (layout == null) {
            return;
        }
        List<String> header = layout.header();
        firstRows.removeAllColumns();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            firstRows.addColumn(row -> column < row.size() ? row.get(column) : "")
                    .setHeader(header.get(i).isEmpty() ? "Column " + (i + 1) : header.get(i)).setAutoWidth(true);
        }
        firstRows.setItems(layout.firstRows());
        List<Integer> columns = java.util.stream.IntStream.range(0, header.size()).boxed().toList();
        columnFields.forEach((role, field) -> {
            field.setItems(columns);
            field.setItemLabelGenerator(i -> (header.get(i).isEmpty() ? "Column " + (i + 1) : header.get(i))
                    + " (column " + (i + 1) + ")");
            field.setValue(layout.columns().get(role));
            field.setInvalid(false);
        });
    }

    private void useColumns() {
        FileLayout layout = current == null ? null : current.parse().layout();
        if (layout == null) {
            return;
        }
        Map<ColumnRole, Integer> chosen = new EnumMap<>(ColumnRole.class);
        columnFields.forEach((role, field) -> {
            if (field.getValue() != null) {
                chosen.put(role, field.getValue());
            }
        });
        try {
            imports.rememberColumns(layout, chosen);
        } catch (InvalidInputException refusal) {
            columnFields.forEach((role, field) -> {
                String message = refusal.fieldErrors().get(role.name().toLowerCase(java.util.Locale.ROOT));
                field.setInvalid(message != null);
                field.setErrorMessage(message);
            });
            Notices.error(refusal.getMessage());
            return;
        }
        showPreview();
    }

    private void showNamesStep(List<UnknownName> unknown) {
        namesStep.removeAll();
        nameChoices.clear();
        namesStep.setVisible(!unknown.isEmpty());
        if (unknown.isEmpty()) {
            return;
        }
        namesStep.add(new Paragraph("The desk does not know these test names. Say which marker each is; the next "
                + "files from the same lab will be read the same way. Leave a name empty to leave its rows out."));
        for (UnknownName name : unknown) {
            var marker = new ComboBox<Marker>("\u201C" + name.name() + "\u201D from " + name.lab() + " ("
                    + name.rows() + (name.rows() == 1 ? " row" : " rows") + ") is");
            marker.setItems(MarkerCatalogue.standard().markers());
            marker.setItemLabelGenerator(Marker::name);
            marker.setClearButtonVisible(true);
            marker.setWidth("min(100%, 28em)");
            nameChoices.add(new NameChoice(name, marker));
            namesStep.add(marker);
        }
        namesStep.add(rememberNames);
    }

    private void rememberNames() {
        int remembered = 0;
        for (NameChoice choice : nameChoices) {
            Marker marker = choice.marker().getValue();
            if (marker != null) {
                imports.rememberName(choice.name(), marker.key());
                remembered++;
            }
        }
        if (remembered == 0) {
            Notices.error("Choose a marker for at least one name.");
            return;
        }
        showPreview();
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
