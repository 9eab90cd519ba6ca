package com.hpgdesk.patient.ui;

import com.hpgdesk.base.ui.DateFields;
import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.base.ui.AccessibleTabSheet;
import com.hpgdesk.base.ui.LazyTab;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.base.ui.SaveAttempt;
import com.hpgdesk.patient.AndrogenCourse;
import com.hpgdesk.patient.ClinicalNote;
import com.hpgdesk.patient.CourseDetails;
import com.hpgdesk.patient.PatientRecord;
import com.hpgdesk.history.RecordHistory;
import com.hpgdesk.history.RecordKind;
import com.hpgdesk.history.ui.HistoryDialog;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.PatientStatus;
import com.hpgdesk.patient.RecoveryClock;
import com.hpgdesk.security.AccountService;
import com.hpgdesk.security.CurrentUser;
import com.hpgdesk.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One patient's record at a bookmarkable address: who he is, the recovery clock, the androgen history,
 * and dated notes. Opening it is audited by the service.
 */
@Route("patient/:patientId(\\d+)")
@RolesAllowed({Role.CLINICIAN_NAME, Role.REVIEWER_NAME})
public class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** The page's own tabs, placed among the contributed ones (see {@link PatientTab}). */
    private static final int ANDROGEN_HISTORY_ORDER = 100;
    private static final int NOTES_ORDER = 800;
    private static final int CONTACT_ORDER = 900;

    private final PatientService patients;
    private final AccountService accounts;
    private final List<PatientTab> contributedTabs;
    private final List<PatientBadge> badges;
    private final RecordHistory history;
    /** False for a reviewer: the page shows the record without the buttons that change it. */
    private final boolean mayChange;
    private long patientId;
    @SuppressWarnings("NullAway.Init")
    private PatientRecord record;
    private String title = "Patient | " + MainLayout.APP_NAME;

    PatientView(PatientService patients, AccountService accounts, CurrentUser currentUser,
                List<PatientTab> contributedTabs, List<PatientBadge> badges, RecordHistory history) {
        this.history = history;
        this.patients = patients;
        this.accounts = accounts;
        this.badges = badges;
        this.mayChange = currentUser.mayChangeRecords();
        this.contributedTabs = contributedTabs.stream()
                .filter(tab -> tab.shownTo().stream().anyMatch(currentUser::hasRole))
                .toList();
        addClassName("patient-view");
        setPadding(true);
    }

    public static RouteParameters routeTo(long patientId) {
        return new RouteParameters("patientId", Long.toString(patientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("patientId");
        var opened = id.flatMap(patients::open);
        if (opened.isEmpty()) {
            removeAll();
            title = "Patient not found | " + MainLayout.APP_NAME;
            add(new H2("Patient not found"),
                    new Paragraph("There is no patient with this number. The link may be out of date."),
                    new RouterLink("Back to the patient list", PatientsView.class));
            return;
        }
        patientId = id.get();
        show(opened.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void reload() {
        patients.open(patientId).ifPresent(this::show);
    }

    private void show(PatientRecord opened) {
        this.record = opened;
        var patient = opened.patient();
        title = patient.getFullName() + " | " + MainLayout.APP_NAME;
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));
        removeAll();

        var name = new H2(patient.getFullName());
        name.addClassName("patient-name");
        var facts = new Div(
                fact("Record", patient.getRecordNumber()),
                fact("Born", DATE.format(patient.getDateOfBirth()) + " (" + patient.ageOn(opened.today()) + " years)"),
                fact("Clinician", opened.responsibleClinicianName()),
                fact("Status", patient.getStatus() == PatientStatus.DISCHARGED && patient.getDischargedOn() != null
                        ? "Discharged " + DATE.format(patient.getDischargedOn()) : patient.getStatus().label()));
        facts.addClassName("patient-facts");

        var edit = new Button("Edit details", VaadinIcon.EDIT.create(), click -> openEditDialog());
        Button statusAction = patient.getStatus() == PatientStatus.ACTIVE
                ? new Button("Discharge", VaadinIcon.SIGN_OUT_ALT.create(), click -> openDischargeDialog())
                : new Button("Re-admit", VaadinIcon.SIGN_IN_ALT.create(), click -> readmit());
        edit.setVisible(mayChange);
        statusAction.setVisible(mayChange);
        var patientHistory = HistoryDialog.button("Earlier versions of the patient's details",
                () -> history.versionsOf(RecordKind.PATIENT, patientId));
        patientHistory.setId("patient-history");
        var actions = new HorizontalLayout(edit, statusAction, patientHistory);
        var heading = new Div(name);
        badges.forEach(badge -> heading.add(badge.build(patientId)));
        heading.add(facts);
        var header = new HorizontalLayout(heading, actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.addClassName("patient-header");

        add(header, recoveryClockCard(), tabs());
    }

    private record PageTab(int order, String title, Component content, boolean releasedWhenLeft) {
    }

    /** The page's own tabs and the contributed ones, lowest order first; the first one opens. */
    private Component tabs() {
        var all = new ArrayList<PageTab>();
        all.add(new PageTab(ANDROGEN_HISTORY_ORDER, "Androgen history", androgenHistory(), false));
        all.add(new PageTab(NOTES_ORDER, "Notes", notes(), false));
        all.add(new PageTab(CONTACT_ORDER, "Contact", contact(), false));
        long shown = patientId;
        // Contributed tabs load when first opened, so opening a patient reads (and audits) only what is shown.
        contributedTabs.forEach(tab -> all.add(new PageTab(tab.order(), tab.title(),
                new LazyTab(() -> tab.build(shown)), tab.releasedWhenLeft())));
        all.sort(Comparator.comparingInt(PageTab::order).thenComparing(PageTab::title));
        var sheet = new AccessibleTabSheet();
        sheet.setWidthFull();
        all.forEach(tab -> sheet.add(tab.title(), tab.content()));
        sheet.addSelectedChangeListener(change -> {
            for (PageTab tab : all) {
                if (tab.content() instanceof LazyTab lazy) {
                    if (change.getSelectedTab() != null && sheet.getComponent(change.getSelectedTab()) == lazy) {
                        lazy.show();
                    } else if (tab.releasedWhenLeft()) {
                        lazy.release();
                    }
                }
            }
        });
        return sheet;
    }

    private static Component fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var fact = new Div(term, text);
        fact.addClassName("fact");
        return fact;
    }

    private Component recoveryClockCard() {
        var card = new Div();
        card.addClassName("clock-card");
        var heading = new H3("Recovery clock");
        card.add(heading);
        var clock = record.recoveryClock();
        if (clock.isEmpty()) {
            card.add(new Paragraph("No androgen course recorded yet: add one under Androgen history to start the clock."));
            return card;
        }
        RecoveryClock c = clock.get();
        var big = new Span(c.shortText());
        big.addClassName("clock-value");
        var detail = new Span(c.describe() + c.endOfTreatment().map(end -> ". End of treatment: " + DATE.format(end))
                .orElseGet(() -> ". Current course since " + DATE.format(c.onTreatmentSince().orElseThrow())) + ".");
        detail.addClassName("clock-detail");
        var source = new Span("How it is counted: " + RecoveryClock.SOURCE + ".");
        source.addClassName("source");
        card.add(big, detail, source);
        return card;
    }

    private Component androgenHistory() {
        var grid = new Grid<AndrogenCourse>();
        grid.addColumn(course -> course.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(AndrogenCourse::describeCompounds).setHeader("Compounds").setFlexGrow(2);
        grid.addColumn(course -> course.getDoseAmount().stripTrailingZeros().toPlainString() + " "
                + course.getDoseUnit().label() + " every " + course.getDosingIntervalDays() + " d")
                .setHeader("Dose").setAutoWidth(true);
        grid.addColumn(course -> DATE.format(course.getStartedOn())).setHeader("First dose").setAutoWidth(true);
        grid.addColumn(course -> course.getLastDoseOn() == null ? "Still taking it" : DATE.format(course.getLastDoseOn()))
                .setHeader("Last dose").setAutoWidth(true);
        grid.addColumn(course -> course.endOfTreatment().map(DATE::format).orElse(RecoveryClock.ON_TREATMENT))
                .setHeader("End of treatment").setAutoWidth(true);
        if (mayChange) {
            grid.addComponentColumn(course -> {
                var editCourse = new Button("Edit", click -> openCourseDialog(course));
                editCourse.setAriaLabel("Edit course starting " + DATE.format(course.getStartedOn()));
                var remove = new Button("Remove", click -> confirmRemoveCourse(course));
                remove.setAriaLabel("Remove course starting " + DATE.format(course.getStartedOn()));
                editCourse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(editCourse, remove);
            }).setHeader("Actions").setAutoWidth(true);
        }
        grid.setItems(record.courses());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Androgen courses");
        grid.setEmptyStateText("No androgen course recorded.");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var add = new Button("Add course", VaadinIcon.PLUS.create(), click -> openCourseDialog(null));
        add.setId("add-course");
        add.setVisible(mayChange);
        var courseHistory = HistoryDialog.button("Earlier versions of androgen courses, deleted ones included",
                () -> history.versionsOfPatient(patientId, RecordKind.ANDROGEN_COURSE));
        courseHistory.setId("course-history");
        var baseline = new Paragraph(baselineText());
        baseline.addClassName("baseline");
        var layout = new VerticalLayout(new HorizontalLayout(add, courseHistory), grid, baseline);
        layout.setPadding(false);
        return layout;
    }

    private String baselineText() {
        var patient = record.patient();
        var parts = new java.util.ArrayList<String>();
        if (patient.getBaselineTestosteroneNgPerDl() != null) {
            parts.add("total testosterone " + patient.getBaselineTestosteroneNgPerDl().stripTrailingZeros().toPlainString()
                    + " ng/dL");
        }
        if (patient.getBaselineSpermMillionPerMl() != null) {
            parts.add("sperm concentration " + patient.getBaselineSpermMillionPerMl().stripTrailingZeros().toPlainString()
                    + " million/mL");
        }
        String text = parts.isEmpty() ? "Pre-treatment baseline: not known." : "Pre-treatment baseline: "
                + String.join(", ", parts) + ".";
        return patient.getBaselineNote() == null ? text : text + " " + patient.getBaselineNote();
    }

    private Component notes() {
        var date = DateFields.create("Date");
        date.setValue(record.today());
        date.setMax(record.today());
        var body = new TextArea("New note");
        body.setMaxLength(4000);
        body.setWidthFull();
        body.setMinHeight("6rem");
        var messages = new com.hpgdesk.base.ui.FieldMessages().bind("notedOn", date).bind("body", body);
        var save = new Button("Add note", click -> {
            try {
                patients.addNote(patientId, date.getValue() == null ? record.today() : date.getValue(), body.getValue());
                Notices.success("Note added");
                reload();
            } catch (InvalidInputException refusal) {
                messages.show(refusal).forEach(Notices::error);
            }
        });
        save.setId("add-note");
        var form = new VerticalLayout(date, body, save);
        form.setPadding(false);
        form.setVisible(mayChange);

        var list = new VerticalLayout();
        list.setPadding(false);
        list.addClassName("note-list");
        if (record.notes().isEmpty()) {
            list.add(new Paragraph("No notes yet."));
        }
        for (ClinicalNote note : record.notes()) {
            var meta = new Span(DATE.format(note.getNotedOn()) + " · " + note.getAuthor());
            meta.addClassName("note-meta");
            var text = new Paragraph(note.getBody());
            text.addClassName("note-body");
            var item = new Div(meta, text);
            item.addClassName("note");
            list.add(item);
        }
        var layout = new VerticalLayout(form, list);
        layout.setPadding(false);
        return layout;
    }

    private Component contact() {
        var patient = record.patient();
        var contact = new Div(
                fact("E-mail", Objects.requireNonNullElse(patient.getEmail(), "—")),
                fact("Phone", Objects.requireNonNullElse(patient.getPhone(), "—")),
                fact("Address", Objects.requireNonNullElse(patient.getAddress(), "—")));
        contact.addClassName("patient-facts");
        if (patient.getDischargeReason() != null) {
            contact.add(fact("Discharge reason", patient.getDischargeReason()));
        }
        return contact;
    }

    private void openEditDialog() {
        var clinicians = accounts.listActiveClinicians();
        var form = new PatientForm(clinicians, record.today());
        form.show(record.patient().details(), clinicians);
        long version = record.patient().getVersion();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + record.patient().getFullName());
        dialog.setWidth("min(760px, 95vw)");
        dialog.add(form);
        var save = new Button("Save", click -> {
            if (SaveAttempt.run(() -> patients.update(patientId, version, form.read()), form::show,
                    () -> closeAndReload(dialog))) {
                Notices.success("Saved");
                closeAndReload(dialog);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-patient");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void openDischargeDialog() {
        long version = record.patient().getVersion();
        var dialog = new Dialog();
        dialog.setHeaderTitle("Discharge " + record.patient().getFullName());
        var date = DateFields.create("Discharge date");
        date.setValue(record.today());
        date.setMax(record.today());
        var reason = new TextArea("Reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        var messages = new com.hpgdesk.base.ui.FieldMessages().bind("dischargedOn", date).bind("dischargeReason", reason);
        dialog.add(new VerticalLayout(date, reason));
        var confirm = new Button("Discharge", click -> {
            if (SaveAttempt.run(() -> patients.discharge(patientId, version,
                    date.getValue() == null ? record.today() : date.getValue(), reason.getValue()), messages::show,
                    () -> closeAndReload(dialog))) {
                Notices.success("Discharged");
                closeAndReload(dialog);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void closeAndReload(Dialog dialog) {
        dialog.close();
        reload();
    }

    private void readmit() {
        try {
            patients.readmit(patientId, record.patient().getVersion());
            Notices.success("Re-admitted");
        } catch (InvalidInputException refusal) {
            Notices.error(refusal.getMessage());
        } catch (ConcurrentEditException stale) {
            Notices.staleCopy(stale.getMessage(), this::reload);
            return;
        }
        reload();
    }

    private void openCourseDialog(@org.jspecify.annotations.Nullable AndrogenCourse existing) {
        var form = new CourseForm(record.today());
        form.show(existing == null ? CourseDetails.empty() : existing.details());
        var dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? "Add androgen course" : "Edit androgen course");
        dialog.setWidth("min(760px, 95vw)");
        dialog.add(form);
        var save = new Button("Save course", click -> {
            Runnable saveCourse = existing == null
                    ? () -> patients.addCourse(patientId, form.read())
                    : () -> patients.updateCourse(Objects.requireNonNull(existing.getId()), existing.getVersion(),
                            form.read());
            if (SaveAttempt.run(saveCourse, form::show, () -> closeAndReload(dialog))) {
                Notices.success("Course saved");
                closeAndReload(dialog);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-course");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemoveCourse(AndrogenCourse course) {
        var confirm = new ConfirmDialog("Remove this course?",
                "The course starting " + DATE.format(course.getStartedOn()) + " will be removed and the recovery "
                        + "clock recalculated. The removal is kept in the audit trail.",
                "Remove", click -> {
                    try {
                        patients.removeCourse(Objects.requireNonNull(course.getId()), course.getVersion());
                        Notices.success("Course removed");
                    } catch (ConcurrentEditException | InvalidInputException e) {
                        Notices.error(e.getMessage());
                    }
                    reload();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
