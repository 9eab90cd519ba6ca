package com.hpgdesk.audit.ui;

import com.hpgdesk.audit.AuditFilter;
import com.hpgdesk.audit.AuditRecord;
import com.hpgdesk.audit.AuditTrail;
import com.hpgdesk.audit.ChainVerification;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Practice leads look through the audit trail (who read or changed which patient's data, when) and
 * check that no record was altered or removed.
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
    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField patientId = new TextField("Patient id");
    private final TextField actor = new TextField("User");
    private final Paragraph verification = new Paragraph();

    AuditTrailView(AuditTrail trail) {
        this.trail = trail;
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

        patientId.setAllowedCharPattern("[0-9]");
        patientId.setMaxLength(18);
        patientId.setClearButtonVisible(true);
        patientId.setHelperText("Only this patient's records");
        actor.setClearButtonVisible(true);
        actor.setHelperText("Username, or \"system\"");
        for (var field : new TextField[] {patientId, actor}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        var filters = new HorizontalLayout(patientId, actor);

        grid.addColumn(AuditRecord::getSequence).setHeader("No.").setSortProperty("sequence").setAutoWidth(true);
        grid.addColumn(record -> TIME.format(record.getOccurredAt())).setHeader("Time (UTC)")
                .setSortProperty("sequence").setAutoWidth(true);
        grid.addColumn(AuditRecord::getActor).setHeader("User").setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(record -> record.getAction().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(record -> record.getPatientId() == null ? "" : String.valueOf(record.getPatientId()))
                .setHeader("Patient id").setSortProperty("patientId").setAutoWidth(true);
        grid.addColumn(AuditRecord::getSubject).setHeader("What").setAutoWidth(true);
        grid.addColumn(AuditRecord::getDetail).setHeader("Detail").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Audit trail");
        grid.setSizeFull();
        grid.setItems(
                query -> trail.list(VaadinSpringDataHelpers.toSpringPageRequest(query), filter()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter())));

        add(header, verification, filters, grid);
    }

    private AuditFilter filter() {
        return AuditFilter.ALL.withPatientId(parsedPatientId()).withActor(actor.getValue());
    }

    private @Nullable Long parsedPatientId() {
        String digits = patientId.getValue().strip();
        return digits.isEmpty() ? null : Long.valueOf(digits);
    }

    private void verify() {
        ChainVerification result = trail.verifyChain();
        verification.setText(result.summary());
        verification.getStyle().set("color", result.isIntact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
    }
}
