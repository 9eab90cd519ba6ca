package com.hpgdesk.audit.ui;

import com.hpgdesk.audit.AuditAction;
import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.audit.ChainVerification;
import com.hpgdesk.audit.PatientNames;
import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Practice leads look through the audit trail (who read or changed which patient's data, when) and
 * check that no record was altered or removed. Patients are found and shown by name and record number;
 * the internal id is only shown with a selected record.
 */
@Route("audit")
@PageTitle("Audit trail | " + MainLayout.APP_NAME)
@Menu(order = 95, title = "Audit trail", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.ADMIN_NAME)
class AuditTrailView extends VerticalLayout {

    // Audit times are shown in UTC, as stored, so that they compare directly with server logs.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    private final PatientNames patientNames;
    final Grid<AuditRecord> grid = new Grid<>();
    final TextField patient = new TextField("Patient");
    final TextField actor = new TextField("User");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final DatePicker from = DateFields.create("From (UTC)");
    final DatePicker until = DateFields.create("Until (UTC, inclusive)");
    final Anchor export;
    final Div details = new Div();
    private final Paragraph verification = new Paragraph();
    /** The patients the current search found; null when the search field is empty. */
    private @Nullable Set<Long> patientIds;
    /** Names of the patients on the pages fetched so far, looked up once per page. */
    private final Map<Long, PatientNames.NamedPatient> names = new HashMap<>();

    AuditTrailView(AuditTrail trail, PatientNames patientNames) {
        this.trail = trail;
        this.patientNames = patientNames;
        setSizeFull();

        var intro = new Paragraph("Every time someone views or changes patient data, it is recorded here. "
                + "Records cannot be edited; checking the trail shows whether any was altered or removed.");
        var verify = new Button("Verify chain", VaadinIcon.CHECK_CIRCLE_O.create(), click -> verify());
        verify.setId("verify-chain");
        var header = new HorizontalLayout(intro, verify);
        header.setWidthFull();
        header.expand(intro);
        header.setAlignItems(Alignment.CENTER);

        // Present from the start, so screen readers announce the result when its text arrives.
        verification.getElement().setAttribute("role", "status");

        patient.setMaxLength(100);
        patient.setClearButtonVisible(true);
        patient.setHelperText("Name or record number");
        patient.setWidth("18em");
        patient.setValueChangeMode(ValueChangeMode.LAZY);
        patient.addValueChangeListener(change -> {
            findPatients(change.getValue());
            showFiltered();
        });
        actor.setClearButtonVisible(true);
        actor.setHelperText("Username, or \"system\"");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.addValueChangeListener(change -> showFiltered());
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(change -> showFiltered());
        from.addValueChangeListener(change -> showFiltered());
        until.addValueChangeListener(change -> showFiltered());
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            trail.exportCsv(filter(), out);
            byte[] csv = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(csv), "audit-trail.csv", "text/csv; charset=UTF-8",
                    csv.length);
        }), "Export CSV");
        export.setId("audit-export");
        export.getElement().setAttribute("download", true);
        var filters = new HorizontalLayout(patient, actor, action, from, until, export);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(AuditRecord::getSequence).setHeader("No.").setSortProperty("sequence").setAutoWidth(true);
        grid.addColumn(record -> TIME.format(record.getOccurredAt())).setHeader("Time (UTC)")
                .setSortProperty("sequence").setAutoWidth(true);
        grid.addColumn(AuditRecord::getActor).setHeader("User").setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(record -> record.getAction().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(this::patientName).setHeader("Patient").setAutoWidth(true);
        grid.addColumn(this::recordNumber).setHeader("Record no.").setAutoWidth(true);
        grid.addColumn(AuditRecord::getSubject).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditRecord::getDetail).setHeader("Detail").setFlexGrow(1)
                .setTooltipGenerator(AuditRecord::getDetail);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Audit trail; select a record to read it in full below");
        grid.setSizeFull();
        grid.setItems(query -> {
                    List<AuditRecord> page = trail.list(VaadinSpringDataHelpers.toSpringPageRequest(query), filter());
                    nameThePatientsOf(page);
                    return page.stream();
                },
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter())));
        grid.asSingleSelect().addValueChangeListener(change -> showDetails(change.getValue()));

        details.addClassName("audit-details");
        details.getElement().setAttribute("role", "region");
        details.getElement().setAttribute("aria-label", "Selected record");
        showDetails(null);

        add(header, verification, filters, grid, details);
        trail.recordViewing(filter());
    }

    /**
     * One record per filter shown, here rather than in the data provider: the grid fetches page after page
     * (and again on every refresh), which is still one look at the trail.
     */
    private void showFiltered() {
        trail.recordViewing(filter());
        grid.getDataProvider().refreshAll();
    }

    AuditFilter filter() {
        LocalDate first = from.getValue();
        LocalDate last = until.getValue();
        return AuditFilter.ALL.withPatientIds(patientIds).withActor(actor.getValue()).withAction(action.getValue())
                .between(first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Turns the search text into the patients it finds, or says why it finds none. */
    private void findPatients(String text) {
        patient.setInvalid(false);
        if (text.isBlank()) {
            patientIds = null;
            patient.setHelperText("Name or record number");
            return;
        }
        List<Long> found = patientNames.matching(text, PatientNames.MATCH_LIMIT);
        if (found.size() > PatientNames.MATCH_LIMIT) {
            patientIds = Set.of();
            patient.setErrorMessage("More than " + PatientNames.MATCH_LIMIT + " patients match: type more of the "
                    + "name, or the record number.");
            patient.setInvalid(true);
        } else {
            patientIds = new HashSet<>(found);
            patient.setHelperText(found.isEmpty() ? "No patient matches" : found.size() == 1 ? "1 patient matches"
                    : found.size() + " patients match");
        }
    }

    private void nameThePatientsOf(List<AuditRecord> page) {
        Set<Long> unknown = new HashSet<>();
        page.stream().map(AuditRecord::getPatientId).filter(Objects::nonNull)
                .filter(id -> !names.containsKey(id)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            names.putAll(patientNames.named(unknown));
        }
    }

    private String patientName(AuditRecord record) {
        Long id = record.getPatientId();
        if (id == null) {
            return "";
        }
        var named = names.get(id);
        return named == null ? "Unknown patient" : named.name();
    }

    private String recordNumber(AuditRecord record) {
        Long id = record.getPatientId();
        var named = id == null ? null : names.get(id);
        return named == null ? "" : named.recordNumber();
    }

    /** The whole record, wrapped: the grid cuts long details short. All of it is shown as text. */
    private void showDetails(@Nullable AuditRecord record) {
        details.removeAll();
        if (record == null) {
            details.add(new Paragraph("Select a record to read it in full."));
            return;
        }
        details.add(new H3("Record " + record.getSequence()));
        var facts = new DescriptionList();
        facts.addClassName("audit-facts");
        fact(facts, "Time (UTC)", TIME.format(record.getOccurredAt()));
        fact(facts, "User", record.getActor());
        fact(facts, "Action", record.getAction().label());
        Long id = record.getPatientId();
        fact(facts, "Patient", id == null ? "None (not about a single patient)"
                : patientName(record) + (recordNumber(record).isEmpty() ? "" : ", record " + recordNumber(record))
                        + " (internal id " + id + ")");
        fact(facts, "What", record.getSubject());
        fact(facts, "Detail", record.getDetail());
        fact(facts, "Hash", record.getHash());
        details.add(facts);
    }

    private static void fact(DescriptionList facts, String label, String value) {
        var term = new DescriptionList.Term(label);
        term.addClassName("audit-fact-label");
        var text = new DescriptionList.Description(value);
        text.addClassName("audit-fact-value");
        facts.add(term, text);
    }

    private void verify() {
        ChainVerification result = trail.verifyChain();
        verification.setText(result.summary());
        verification.getStyle().set("color", result.isIntact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
    }
}
