package com.hpgdesk.lab.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.lab.importer.ColumnRole;
import com.hpgdesk.lab.results.LabConventionService;
import com.hpgdesk.lab.results.RememberedLayout;
import com.hpgdesk.lab.results.RememberedName;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Practice leads review what clinicians told the desk while importing lab files: the marker each lab's test
 * name stands for, and the columns of headers the importer did not recognise. A wrong name is corrected
 * here; a layout or name that is forgotten is asked again with the next file.
 */
@Route("lab-conventions")
@PageTitle("Lab file conventions | " + MainLayout.APP_NAME)
@Menu(order = 85, title = "Lab file conventions", icon = "vaadin:file-table")
@RolesAllowed(Role.ADMIN_NAME)
class LabConventionsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<RememberedName> names = new Grid<>();
    final ComboBox<Marker> marker = new ComboBox<>("Marker this name stands for");
    final Button saveName = new Button("Save marker");
    final Button forgetName = new Button("Forget name");
    final Grid<RememberedLayout> layouts = new Grid<>();
    final Button forgetLayout = new Button("Forget columns");

    private final LabConventionService conventions;

    LabConventionsView(LabConventionService conventions) {
        this.conventions = conventions;
        setSizeFull();
        var catalogue = MarkerCatalogue.standard();

        names.addColumn(RememberedName::lab).setHeader("Lab").setAutoWidth(true).setFlexGrow(1);
        names.addColumn(RememberedName::name).setHeader("Test name in its files").setAutoWidth(true).setFlexGrow(1);
        names.addColumn(name -> catalogue.find(name.marker()).map(Marker::name).orElse(name.marker().value()))
                .setHeader("Marker").setAutoWidth(true);
        names.addColumn(name -> name.changedBy() + ", " + WHEN.format(name.changedAt())).setHeader("Last changed")
                .setAutoWidth(true);
        names.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        names.setAriaLabel("Test names of each lab and their markers");
        names.setHeight("18rem");
        marker.setItems(catalogue.markers());
        marker.setItemLabelGenerator(Marker::name);
        marker.setWidth("min(100%, 24em)");
        saveName.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        forgetName.addThemeVariants(ButtonVariant.LUMO_ERROR);
        names.asSingleSelect().addValueChangeListener(change -> {
            RememberedName chosen = change.getValue();
            marker.setValue(chosen == null ? null : catalogue.find(chosen.marker()).orElse(null));
            enableNameActions(chosen != null);
        });
        saveName.addClickListener(click -> saveName());
        forgetName.addClickListener(click -> forgetName());
        var nameActions = new HorizontalLayout(marker, saveName, forgetName);
        nameActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        nameActions.setWrap(true);

        layouts.addColumn(RememberedLayout::header).setHeader("Header of the files").setFlexGrow(2);
        layouts.addColumn(layout -> describe(layout.columns())).setHeader("Columns").setFlexGrow(2);
        layouts.addColumn(layout -> layout.changedBy() + ", " + WHEN.format(layout.changedAt()))
                .setHeader("Last changed").setAutoWidth(true);
        layouts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        layouts.setAriaLabel("Column layouts of lab files");
        layouts.setHeight("14rem");
        forgetLayout.addThemeVariants(ButtonVariant.LUMO_ERROR);
        layouts.asSingleSelect().addValueChangeListener(change -> forgetLayout.setEnabled(change.getValue() != null));
        forgetLayout.addClickListener(click -> forgetLayout());

        add(new Paragraph("Clinicians teach the desk these while importing lab files, so the next file from the same "
                        + "lab imports without asking. Correct a wrong marker here; forget an entry and the next "
                        + "file asks again."),
                new H2("Test names"), names, nameActions, new H2("Column layouts"), layouts, forgetLayout);
        refresh();
    }

    private void refresh() {
        names.setItems(conventions.names());
        layouts.setItems(conventions.layouts());
        enableNameActions(false);
        forgetLayout.setEnabled(false);
        marker.clear();
    }

    private void enableNameActions(boolean enabled) {
        marker.setEnabled(enabled);
        saveName.setEnabled(enabled);
        forgetName.setEnabled(enabled);
    }

    private void saveName() {
        RememberedName chosen = names.asSingleSelect().getValue();
        Marker target = marker.getValue();
        if (chosen == null || target == null) {
            return;
        }
        try {
            conventions.correctName(chosen.id(), chosen.version(), target.key());
            Notices.success("\u201C" + chosen.name() + "\u201D from " + chosen.lab() + " is now " + target.name());
            refresh();
        } catch (InvalidInputException refusal) {
            Notices.error(refusal.getMessage());
        } catch (ConcurrentEditException stale) {
            Notices.staleCopy(stale.getMessage(), this::refresh);
        }
    }

    private void forgetName() {
        RememberedName chosen = names.asSingleSelect().getValue();
        if (chosen != null) {
            conventions.forgetName(chosen.id());
            Notices.success("Forgot \u201C" + chosen.name() + "\u201D from " + chosen.lab());
            refresh();
        }
    }

    private void forgetLayout() {
        RememberedLayout chosen = layouts.asSingleSelect().getValue();
        if (chosen != null) {
            conventions.forgetLayout(chosen.id());
            Notices.success("Forgot the columns of files headed \u201C" + chosen.header() + "\u201D");
            refresh();
        }
    }

    private static String describe(Map<ColumnRole, Integer> columns) {
        return columns.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().label() + ": column " + (entry.getValue() + 1))
                .collect(Collectors.joining(", "));
    }
}
