package com.hpgdesk.protocol.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.FieldMessages;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.protocol.ProtocolKind;
import com.hpgdesk.protocol.ProtocolTemplate;
import com.hpgdesk.protocol.RestartProtocolService;
import com.hpgdesk.protocol.TemplateDetails;
import com.hpgdesk.protocol.TemplateMedication;
import com.hpgdesk.protocol.TemplateMedicationPlan;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Practice leads keep the protocol templates clinicians plan from: names, descriptions with their sources,
 * and the medications with their timing.
 */
@Route("protocol-templates")
@PageTitle("Protocol templates | " + MainLayout.APP_NAME)
@Menu(order = 80, title = "Protocol templates", icon = "vaadin:pill")
@RolesAllowed(Role.ADMIN_NAME)
class ProtocolTemplatesView extends VerticalLayout {

    private final RestartProtocolService service;
    private final Grid<ProtocolTemplate> templates = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();
    private @Nullable Long selectedId;

    ProtocolTemplatesView(RestartProtocolService service) {
        this.service = service;
        setSizeFull();
        var intro = new Paragraph("Templates record protocols commonly reported in practice, with their source. "
                + "Clinicians start from them and then prescribe; changes here do not alter protocols already "
                + "planned.");
        var create = new Button("New template", VaadinIcon.PLUS.create(), click -> openDetailsDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(intro, create);
        header.setWidthFull();
        header.expand(intro);
        header.setAlignItems(Alignment.CENTER);

        templates.addColumn(ProtocolTemplate::getName).setHeader("Name").setAutoWidth(true);
        templates.addColumn(t -> t.getKind().label()).setHeader("Kind").setAutoWidth(true);
        templates.addColumn(t -> t.getMedications().stream().map(m -> m.getDosing().describe())
                .collect(Collectors.joining("; "))).setHeader("Medications").setFlexGrow(1);
        templates.setAriaLabel("Protocol templates");
        templates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        templates.setHeight("18rem");
        templates.asSingleSelect().addValueChangeListener(event -> {
            var chosen = event.getValue();
            selectedId = chosen == null ? null : chosen.getId();
            showEditor(chosen);
        });
        editor.setPadding(false);
        add(header, templates, editor);
        refresh();
    }

    private void refresh() {
        var all = service.templates();
        templates.setItems(all);
        var selected = all.stream().filter(t -> Objects.equals(t.getId(), selectedId)).findFirst().orElse(null);
        if (selected != null) {
            templates.select(selected);
        }
        showEditor(selected);
    }

    private void showEditor(@Nullable ProtocolTemplate template) {
        editor.removeAll();
        if (template == null) {
            editor.add(new Paragraph("Choose a template to see and edit it."));
            return;
        }
        var title = new H3(template.getName());
        var description = new Paragraph(template.getDescription());
        var edit = new Button("Edit name and description", click -> openDetailsDialog(template));
        edit.setAriaLabel("Edit name and description of " + template.getName());
        editor.add(title, description, edit);
        if (template.getKind() == ProtocolKind.NATURAL) {
            editor.add(new Paragraph("A natural recovery has no medications."));
            return;
        }
        var medications = new Grid<TemplateMedication>();
        medications.setAriaLabel("Medications of the template " + template.getName());
        medications.addColumn(m -> m.getDosing().drugName()).setHeader("Drug").setAutoWidth(true);
        medications.addColumn(m -> m.getDosing().doseText()).setHeader("Dose").setAutoWidth(true);
        medications.addColumn(m -> m.getDosing().getRoute().label()).setHeader("Route").setAutoWidth(true);
        medications.addColumn(m -> m.getDosing().frequencyText()).setHeader("How often").setAutoWidth(true);
        medications.addColumn(m -> "Day " + (m.getStartOffsetDays() + 1)).setHeader("Starts").setAutoWidth(true);
        medications.addColumn(m -> m.getDurationDays() == null ? "Until the protocol ends"
                : m.getDurationDays() + " days").setHeader("Duration").setAutoWidth(true);
        medications.addComponentColumn(m -> medicationActions(template, m)).setHeader("Actions").setAutoWidth(true);
        medications.setItems(template.getMedications());
        medications.setAllRowsVisible(true);
        var add = new Button("Add medication", VaadinIcon.PLUS.create(), click -> openMedicationDialog(template, null));
        add.setAriaLabel("Add a medication to the template " + template.getName());
        editor.add(medications, add);
    }

    private Component medicationActions(ProtocolTemplate template, TemplateMedication medication) {
        String drug = medication.getDosing().drugName();
        var edit = new Button(VaadinIcon.EDIT.create(), click -> openMedicationDialog(template, medication));
        edit.setAriaLabel("Edit " + drug);
        edit.setTooltipText("Edit " + drug);
        var remove = new Button(VaadinIcon.TRASH.create(), click -> {
            try {
                service.removeTemplateMedication(id(template), template.getVersion(),
                        Objects.requireNonNull(medication.getId()));
                Notices.success("Removed " + drug + " from " + template.getName());
                refresh();
            } catch (InvalidInputException refusal) {
                Notices.error(refusal.getMessage());
            } catch (ConcurrentEditException stale) {
                Notices.staleCopy(stale.getMessage(), this::refresh);
            }
        });
        remove.setAriaLabel("Remove " + drug);
        remove.setTooltipText("Remove " + drug);
        for (var button : new Button[] {edit, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, remove);
    }

    private void openDetailsDialog(@Nullable ProtocolTemplate template) {
        var name = new TextField("Name");
        name.setMaxLength(120);
        var kind = new Select<ProtocolKind>();
        kind.setLabel("Kind");
        kind.setItems(ProtocolKind.values());
        kind.setItemLabelGenerator(ProtocolKind::label);
        kind.setValue(ProtocolKind.MEDICATED);
        var description = new TextArea("Description and source");
        description.setMaxLength(2000);
        description.setHelperText("Say where the doses come from, e.g. the study that reported them.");
        if (template != null) {
            name.setValue(template.getName());
            kind.setValue(template.getKind());
            description.setValue(template.getDescription());
        }
        var dialog = new FormDialog(template == null ? "New template" : "Edit " + template.getName(), "Save", () -> {
            var details = new TemplateDetails(name.getValue(), kind.getValue(), description.getValue());
            var saved = template == null ? service.createTemplate(details)
                    : service.updateTemplate(id(template), template.getVersion(), details);
            selectedId = saved.getId();
            Notices.success("Saved template " + saved.getName());
        }, this::refresh);
        dialog.fields(name, kind, description);
        dialog.messages().bind("name", name).bind("kind", kind).bind("description", description);
        dialog.open();
        name.focus();
    }

    private void openMedicationDialog(ProtocolTemplate template, @Nullable TemplateMedication medication) {
        var dosing = new DosingFields(service.doseLimits());
        var offset = new IntegerField("Starts after (days)");
        offset.setHelperText("0 starts on the protocol's first day.");
        offset.setMin(0);
        offset.setValue(0);
        var duration = new IntegerField("Duration (days)");
        duration.setHelperText("Leave empty to continue until the protocol ends.");
        duration.setMin(1);
        if (medication != null) {
            dosing.fill(medication.getDosing());
            offset.setValue(medication.getStartOffsetDays());
            duration.setValue(medication.getDurationDays());
        }
        var dialog = new FormDialog(medication == null ? "Add medication to " + template.getName()
                : "Edit " + medication.getDosing().drugName(), "Save medication", () -> {
            var plan = new TemplateMedicationPlan(dosing.drug.getValue(), dosing.otherName.getValue(),
                    dosing.dose.getValue(), dosing.unit.getValue(), dosing.route.getValue(),
                    dosing.frequency.getValue(), dosing.frequencyNote.getValue(), offset.getValue(),
                    duration.getValue());
            if (medication == null) {
                service.addTemplateMedication(id(template), template.getVersion(), plan);
            } else {
                service.updateTemplateMedication(id(template), template.getVersion(),
                        Objects.requireNonNull(medication.getId()), plan);
            }
            Notices.success("Saved the medication of " + template.getName());
        }, this::refresh);
        dialog.fields(dosing.components()).fields(offset, duration);
        FieldMessages messages = dosing.bind(dialog.messages());
        messages.bind("startOffsetDays", offset).bind("durationDays", duration);
        dialog.open();
        dosing.drug.focus();
    }

    private static long id(ProtocolTemplate template) {
        return Objects.requireNonNull(template.getId());
    }
}
