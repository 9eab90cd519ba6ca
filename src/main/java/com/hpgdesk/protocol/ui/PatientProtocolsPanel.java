package com.hpgdesk.protocol.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.protocol.Medication;
import com.hpgdesk.protocol.MedicationPlan;
import com.hpgdesk.protocol.ProtocolDetails;
import com.hpgdesk.protocol.ProtocolKind;
import com.hpgdesk.protocol.ProtocolStatus;
import com.hpgdesk.protocol.ProtocolTemplate;
import com.hpgdesk.protocol.RestartProtocol;
import com.hpgdesk.protocol.RestartProtocolService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A patient's restart protocols: each with its status, dates and medications, and the actions its status
 * allows. Meant to sit on the patient page; it reads and changes data only through the service, as the
 * signed-in clinician. Templates are a starting point from common practice; the clinician prescribes.
 */
public class PatientProtocolsPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RestartProtocolService service;
    private final long patientId;
    private final VerticalLayout list = new VerticalLayout();
    private final boolean mayChange;
    private final HorizontalLayout header;

    public PatientProtocolsPanel(RestartProtocolService service, long patientId) {
        this(service, patientId, true);
    }

    /** With {@code mayChange} false (a reviewer) protocols are shown without planning, editing or status changes. */
    public PatientProtocolsPanel(RestartProtocolService service, long patientId, boolean mayChange) {
        this.service = service;
        this.patientId = patientId;
        this.mayChange = mayChange;
        addClassName("patient-protocols");
        setPadding(false);

        var title = new H3("Restart protocols");
        var plan = new Button("Plan protocol", VaadinIcon.PLUS.create(), click -> openPlanDialog());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setVisible(mayChange);
        header = new HorizontalLayout(title, plan);
        header.setWidthFull();
        header.expand(title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        var note = new Paragraph("Templates record protocols commonly reported in practice. They are not advice: "
                + "the clinician prescribes, and every dose here is what the clinician entered.");
        note.addClassName("protocol-note");
        list.setPadding(false);
        add(header, note, list);
        refresh();
    }

    /** Reads the patient's protocols again, e.g. after someone else changed them. */
    public void refresh() {
        list.removeAll();
        var protocols = service.protocolsOf(patientId);
        if (protocols.isEmpty()) {
            list.add(new Paragraph("No protocol yet. Use \"Plan protocol\" to start from a template or from scratch."));
        }
        protocols.forEach(protocol -> list.add(card(protocol)));
    }

    private Component card(RestartProtocol protocol) {
        var name = new H4(protocol.getName());
        name.addClassName("protocol-name");
        var heading = new HorizontalLayout(name, badge(protocol.getStatus()), new Span(protocol.getKind().label()));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        var card = new Div(heading, new Paragraph(datesOf(protocol)));
        card.addClassName("protocol-card");
        card.getElement().setAttribute("role", "region");
        card.getElement().setAttribute("aria-label", "Protocol " + protocol.getName());
        if (protocol.getStopReason() != null) {
            card.add(new Paragraph("Reason stopped: " + protocol.getStopReason()));
        }
        if (protocol.getNotes() != null) {
            card.add(new Paragraph("Notes: " + protocol.getNotes()));
        }
        if (protocol.getTemplateName() != null) {
            var source = new Paragraph("Planned from the template \"" + protocol.getTemplateName() + "\".");
            source.addClassName("protocol-source");
            card.add(source);
        }
        if (protocol.getKind() == ProtocolKind.MEDICATED) {
            card.add(medicationGrid(protocol));
        }
        if (mayChange) {
            card.add(actions(protocol));
        }
        return card;
    }

    private static Span badge(ProtocolStatus status) {
        var badge = new Span(status.label());
        var theme = switch (status) {
            case PLANNED -> "badge contrast";
            case ACTIVE -> "badge success";
            case COMPLETED -> "badge";
            case STOPPED -> "badge error";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.getElement().setAttribute("aria-label", "Status: " + status.label());
        return badge;
    }

    private static String datesOf(RestartProtocol protocol) {
        List<String> parts = new ArrayList<>();
        parts.add("Planned start " + DAY.format(protocol.getPlannedStart()));
        if (protocol.getStartedOn() != null) {
            parts.add("started " + DAY.format(protocol.getStartedOn()));
        }
        if (protocol.getEndedOn() != null) {
            parts.add((protocol.getStatus() == ProtocolStatus.STOPPED && protocol.getStartedOn() == null
                    ? "cancelled " : "ended ") + DAY.format(protocol.getEndedOn()));
        }
        return String.join(", ", parts);
    }

    private Grid<Medication> medicationGrid(RestartProtocol protocol) {
        var grid = new Grid<Medication>();
        grid.setAriaLabel("Medications of " + protocol.getName());
        grid.addColumn(m -> m.getDosing().drugName()).setHeader("Drug").setAutoWidth(true);
        grid.addColumn(m -> m.getDosing().getDrug().drugClass().label()).setHeader("Class").setAutoWidth(true);
        grid.addColumn(m -> m.getDosing().doseText()).setHeader("Dose").setAutoWidth(true);
        grid.addColumn(m -> m.getDosing().getRoute().label()).setHeader("Route").setAutoWidth(true);
        grid.addColumn(m -> m.getDosing().frequencyText()).setHeader("How often").setAutoWidth(true);
        grid.addColumn(m -> DAY.format(m.getStartOn())).setHeader("From").setAutoWidth(true);
        grid.addColumn(m -> m.getEndOn() == null ? "Until the protocol ends" : DAY.format(m.getEndOn()))
                .setHeader("To").setAutoWidth(true);
        if (mayChange && protocol.getStatus().isOpen()) {
            grid.addComponentColumn(m -> medicationActions(protocol, m)).setHeader("Actions").setAutoWidth(true);
        }
        grid.setItems(protocol.getMedications());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private Component medicationActions(RestartProtocol protocol, Medication medication) {
        String drug = medication.getDosing().drugName();
        var edit = new Button(VaadinIcon.EDIT.create(), click -> openMedicationDialog(protocol, medication));
        edit.setAriaLabel("Edit " + drug);
        edit.setTooltipText("Edit " + drug);
        var remove = new Button(VaadinIcon.TRASH.create(), click -> act(() -> service.removeMedication(
                id(protocol), protocol.getVersion(), Objects.requireNonNull(medication.getId())),
                "Removed " + drug + " from " + protocol.getName()));
        remove.setAriaLabel("Remove " + drug);
        remove.setTooltipText("Remove " + drug);
        for (var button : new Button[] {edit, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, remove);
    }

    private Component actions(RestartProtocol protocol) {
        var bar = new HorizontalLayout();
        bar.setSpacing(true);
        String name = protocol.getName();
        if (protocol.getStatus().isOpen() && protocol.getKind() == ProtocolKind.MEDICATED) {
            bar.add(button("Add medication", "Add a medication to " + name, () -> openMedicationDialog(protocol, null)));
        }
        bar.add(button("Edit details", "Edit details of " + name, () -> openDetailsDialog(protocol)));
        switch (protocol.getStatus()) {
            case PLANNED -> {
                bar.add(button("Start", "Start " + name, () -> openStartDialog(protocol)));
                bar.add(button("Cancel plan", "Cancel the planned protocol " + name, () -> openStopDialog(protocol)));
            }
            case ACTIVE -> {
                bar.add(button("Complete", "Complete " + name, () -> openCompleteDialog(protocol)));
                bar.add(button("Stop early", "Stop " + name + " early", () -> openStopDialog(protocol)));
            }
            case COMPLETED, STOPPED -> { }
        }
        return bar;
    }

    private static Button button(String text, String ariaLabel, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setAriaLabel(ariaLabel);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.success(done);
            refresh();
        } catch (InvalidInputException refusal) {
            Notices.error(refusal.getMessage());
        } catch (ConcurrentEditException stale) {
            Notices.staleCopy(stale.getMessage(), this::refresh);
        }
    }

    private void openPlanDialog() {
        var template = new Select<@Nullable ProtocolTemplate>();
        template.setLabel("Start from");
        template.setItems(service.templates());
        template.setItemLabelGenerator(t -> t == null ? "Blank protocol" : t.getName());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption("Blank protocol");
        var description = new Paragraph();
        description.addClassName("template-description");
        var name = new TextField("Name");
        name.setMaxLength(120);
        name.setHelperText("Only for a blank protocol; a template gives its own name, which you can edit later.");
        var kind = new Select<ProtocolKind>();
        kind.setLabel("Kind");
        kind.setItems(ProtocolKind.values());
        kind.setItemLabelGenerator(ProtocolKind::label);
        kind.setValue(ProtocolKind.MEDICATED);
        var start = DateFields.create("Planned start");
        start.setValue(service.today());
        start.setRequiredIndicatorVisible(true);
        template.addValueChangeListener(event -> {
            var chosen = event.getValue();
            description.setText(chosen == null ? "" : chosen.getDescription());
            name.setEnabled(chosen == null);
            kind.setEnabled(chosen == null);
        });
        var dialog = new FormDialog("Plan protocol", "Plan", () -> {
            var chosen = template.getValue();
            if (chosen == null) {
                service.plan(patientId, new ProtocolDetails(name.getValue(), kind.getValue(), start.getValue(), null),
                        List.of());
            } else {
                service.planFromTemplate(patientId, Objects.requireNonNull(chosen.getId()), start.getValue());
            }
            Notices.success("Protocol planned. Check each medication and adjust it to what you prescribe.");
        }, this::refresh);
        dialog.fields(template, start, description, name, kind);
        dialog.messages().bind("template", template).bind("plannedStart", start).bind("name", name)
                .bind("kind", kind);
        dialog.open();
        template.focus();
    }

    private void openDetailsDialog(RestartProtocol protocol) {
        var name = new TextField("Name");
        name.setValue(protocol.getName());
        name.setMaxLength(120);
        var kind = new Select<ProtocolKind>();
        kind.setLabel("Kind");
        kind.setItems(ProtocolKind.values());
        kind.setItemLabelGenerator(ProtocolKind::label);
        kind.setValue(protocol.getKind());
        var start = DateFields.create("Planned start");
        start.setValue(protocol.getPlannedStart());
        var notes = new TextArea("Notes");
        notes.setMaxLength(2000);
        notes.setValue(protocol.getNotes() == null ? "" : protocol.getNotes());
        var dialog = new FormDialog("Details of " + protocol.getName(), "Save", () -> service.updateDetails(
                id(protocol), protocol.getVersion(),
                new ProtocolDetails(name.getValue(), kind.getValue(), start.getValue(), notes.getValue())),
                this::refresh);
        dialog.fields(name, kind, start, notes);
        dialog.messages().bind("name", name).bind("kind", kind).bind("plannedStart", start).bind("notes", notes);
        dialog.open();
        name.focus();
    }

    private void openMedicationDialog(RestartProtocol protocol, @Nullable Medication medication) {
        var dosing = new DosingFields(service.doseLimits());
        var startOn = DateFields.create("First day");
        startOn.setRequiredIndicatorVisible(true);
        var endOn = DateFields.create("Last day");
        endOn.setHelperText("Leave empty to continue until the protocol ends.");
        if (medication == null) {
            // A running protocol gains medications from today on; a planned one from its planned start.
            var started = protocol.getStartedOn();
            var today = service.today();
            startOn.setValue(started == null ? protocol.getPlannedStart() : started.isAfter(today) ? started : today);
        } else {
            dosing.fill(medication.getDosing());
            startOn.setValue(medication.getStartOn());
            endOn.setValue(medication.getEndOn());
        }
        String title = medication == null ? "Add medication to " + protocol.getName()
                : "Edit " + medication.getDosing().drugName();
        var dialog = new FormDialog(title, "Save medication", () -> {
            var plan = new MedicationPlan(dosing.drug.getValue(), dosing.otherName.getValue(), dosing.dose.getValue(),
                    dosing.unit.getValue(), dosing.route.getValue(), dosing.frequency.getValue(),
                    dosing.frequencyNote.getValue(), startOn.getValue(), endOn.getValue());
            if (medication == null) {
                service.addMedication(id(protocol), protocol.getVersion(), plan);
            } else {
                service.updateMedication(id(protocol), protocol.getVersion(),
                        Objects.requireNonNull(medication.getId()), plan);
            }
            Notices.success("Saved " + plan.drug().label() + " in " + protocol.getName());
        }, this::refresh);
        dialog.fields(dosing.components()).fields(startOn, endOn);
        dosing.bind(dialog.messages()).bind("startOn", startOn).bind("endOn", endOn);
        dialog.open();
        dosing.drug.focus();
    }

    private void openStartDialog(RestartProtocol protocol) {
        var day = DateFields.create("Started on");
        day.setValue(service.today());
        var dialog = new FormDialog("Start " + protocol.getName(), "Start protocol",
                () -> service.start(id(protocol), protocol.getVersion(), day.getValue()), this::refresh);
        dialog.fields(day);
        dialog.messages().bind("startedOn", day);
        dialog.open();
        day.focus();
    }

    private void openCompleteDialog(RestartProtocol protocol) {
        var day = DateFields.create("Ended on");
        day.setValue(service.today());
        day.setHelperText("Medications still running end on this day.");
        var dialog = new FormDialog("Complete " + protocol.getName(), "Complete protocol",
                () -> service.complete(id(protocol), protocol.getVersion(), day.getValue()), this::refresh);
        dialog.fields(day);
        dialog.messages().bind("endedOn", day);
        dialog.open();
        day.focus();
    }

    private void openStopDialog(RestartProtocol protocol) {
        boolean planned = protocol.getStatus() == ProtocolStatus.PLANNED;
        var day = DateFields.create(planned ? "Cancelled on" : "Stopped on");
        day.setValue(service.today());
        var reason = new TextArea("Reason");
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Required, e.g. side effects, patient's choice, fertility achieved.");
        var dialog = new FormDialog((planned ? "Cancel " : "Stop ") + protocol.getName(),
                planned ? "Cancel plan" : "Stop protocol",
                () -> service.stop(id(protocol), protocol.getVersion(), day.getValue(), reason.getValue()),
                this::refresh);
        dialog.fields(day, reason);
        dialog.messages().bind("endedOn", day).bind("stopReason", reason);
        dialog.actionButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.open();
        reason.focus();
    }

    private static long id(RestartProtocol protocol) {
        return Objects.requireNonNull(protocol.getId());
    }

    /** Puts the button that shows earlier versions of the patient's protocols beside the heading. */
    public void showHistory(Button history) {
        history.setId("protocol-history");
        header.addComponentAtIndex(1, history);
    }
}
