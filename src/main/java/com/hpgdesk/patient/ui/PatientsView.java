package com.hpgdesk.patient.ui;

import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.patient.Patient;
import com.hpgdesk.patient.PatientDetails;
import com.hpgdesk.patient.PatientQuery;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.PatientStatus;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.CurrentUser;
import com.hpgdesk.security.Role;
import com.hpgdesk.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The registry: find a patient by name, record number or date of birth, or register a new one. */
@Route("patients")
@PageTitle("Patients | " + MainLayout.APP_NAME)
@Menu(order = 10, title = "Patients", icon = "vaadin:user-card")
@RolesAllowed({Role.CLINICIAN_NAME, Role.REVIEWER_NAME})
public class PatientsView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final PatientService patients;
    private final AccountService accounts;
    private final TextField search = new TextField();
    private final Select<PatientStatus> status = new Select<>();
    private final Checkbox onlyMine = new Checkbox("Only my patients");
    private final Grid<Patient> grid = new Grid<>(Patient.class, false);
    private final Span resultCount = new Span();
    private final java.util.Map<Long, String> clinicianNames = new java.util.HashMap<>();
    private final java.util.Map<Long, com.hpgdesk.patient.RecoveryClock> clocks = new java.util.HashMap<>();
    private final long myAccountId;

    PatientsView(PatientService patients, AccountService accounts, CurrentUser currentUser) {
        this.patients = patients;
        this.accounts = accounts;
        this.myAccountId = currentUser.get().map(SignedInUser::accountId).orElse(-1L);
        setSizeFull();
        accounts.listActiveClinicians().forEach(a -> clinicianNames.put(a.getId(), a.getDisplayName()));

        search.setLabel("Find a patient");
        search.setPlaceholder("Name, record number or date of birth");
        search.setHelperText("Dates as 1980-03-14 or 14.03.1980");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("26rem");
        search.addValueChangeListener(change -> refresh());

        status.setLabel("Status");
        status.setItems(PatientStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "All" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        status.setValue(PatientStatus.ACTIVE);
        status.addValueChangeListener(change -> refresh());

        onlyMine.addValueChangeListener(change -> refresh());

        var register = new Button("Register patient", VaadinIcon.PLUS.create(), click -> openRegisterDialog());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-patient");
        // A reviewer registers no one and is responsible for no patient.
        register.setVisible(currentUser.mayChangeRecords());
        onlyMine.setVisible(currentUser.mayChangeRecords());

        var filters = new HorizontalLayout(search, status, onlyMine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var toolbar = new HorizontalLayout(filters, register);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentColumn(p -> new RouterLink(p.getSortName(), PatientView.class, PatientView.routeTo(p.id())))
                .setHeader("Name").setSortProperty("familyName", "givenName").setFlexGrow(2);
        grid.addColumn(Patient::getRecordNumber).setHeader("Record number").setSortProperty("recordNumber")
                .setAutoWidth(true);
        grid.addColumn(p -> DATE.format(p.getDateOfBirth())).setHeader("Date of birth")
                .setSortProperty("dateOfBirth").setAutoWidth(true);
        grid.addColumn(p -> clinicianNames.getOrDefault(p.getResponsibleClinicianId(), "—"))
                .setHeader("Responsible clinician").setAutoWidth(true);
        grid.addColumn(this::sinceEndOfTreatment).setHeader("Since end of treatment").setAutoWidth(true);
        grid.addColumn(p -> p.getStatus().label()).setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Patients");
        grid.setSizeFull();
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::open));

        resultCount.setId("patient-count");
        resultCount.getElement().setAttribute("role", "status");
        add(toolbar, resultCount, grid);
        refresh();
    }

    private PatientQuery query() {
        return new PatientQuery(search.getValue(), status.getValue(), onlyMine.getValue() ? myAccountId : null);
    }

    private void refresh() {
        var query = query();
        long matching = patients.count(query);
        resultCount.setText(resultText(query, matching));
        grid.setEmptyStateText(query.text().isEmpty() && patients.count(PatientQuery.ALL) == 0
                ? "No patients registered yet. Use Register patient to add the first."
                : "No patient matches this search.");
        grid.setItems(fetch -> {
                    var page = patients.search(query, VaadinSpringDataHelpers.toSpringPageRequest(fetch));
                    // One query per page for the clocks of the patients shown, not one per row.
                    clocks.putAll(patients.recoveryClocks(page.stream().map(Patient::id).toList()));
                    return page.stream();
                },
                count -> (int) Math.min(Integer.MAX_VALUE, matching));
    }

    /** Says what the list now shows, naming the search, so a reader (and a screen reader) knows it is current. */
    static String resultText(PatientQuery query, long matching) {
        String patientsWord = matching == 1 ? " patient" : " patients";
        if (query.text().isEmpty()) {
            return matching + patientsWord + " listed";
        }
        return (matching == 0 ? "No patient" : matching + patientsWord) + " found for \u201c" + query.text() + "\u201d";
    }

    private String sinceEndOfTreatment(Patient patient) {
        var clock = clocks.get(patient.id());
        if (clock == null) {
            return "No course recorded";
        }
        return clock.shortText();
    }

    private void open(Patient patient) {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, PatientView.routeTo(patient.id())));
    }

    private void openRegisterDialog() {
        var clinicians = accounts.listActiveClinicians();
        var form = new PatientForm(clinicians, patients.today());
        var details = PatientDetails.empty();
        form.show(details, clinicians);
        clinicians.stream().filter(a -> Objects.equals(a.getId(), myAccountId)).findFirst()
                .ifPresent(form.clinician::setValue);
        var dialog = new Dialog();
        dialog.setHeaderTitle("Register patient");
        dialog.setWidth("min(760px, 95vw)");
        dialog.add(form);
        var save = new Button("Register", click -> {
            try {
                var saved = patients.register(form.read());
                dialog.close();
                Notices.success("Registered " + saved.getFullName());
                open(saved);
            } catch (InvalidInputException refusal) {
                form.show(refusal).forEach(Notices::error);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        form.recordNumber.focus();
    }
}
