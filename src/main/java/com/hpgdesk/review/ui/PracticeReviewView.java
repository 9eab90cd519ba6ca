package com.hpgdesk.review.ui;

import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.base.ui.MainLayout;
import com.hpgdesk.chart.StackedBarChart;
import com.hpgdesk.chart.ui.ChartImage;
import com.hpgdesk.handout.HandoutBatchService;
import com.hpgdesk.handout.HandoutService;
import com.hpgdesk.handout.ui.HandoutBatchDialog;
import com.hpgdesk.patient.ui.PatientView;
import com.hpgdesk.protocol.Drug;
import com.hpgdesk.review.PracticeReviewService;
import com.hpgdesk.review.ReviewColumn;
import com.hpgdesk.review.ReviewCounters;
import com.hpgdesk.review.ReviewFilter;
import com.hpgdesk.review.ReviewFlag;
import com.hpgdesk.review.ReviewRow;
import com.hpgdesk.security.Role;
import com.hpgdesk.security.UserAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The practice-wide review: who needs attention this week. Every filter and the order live in the address, so
 * a view can be bookmarked and shared; a change of filter navigates to the new address, and entering the view
 * reads the address back. The grid fetches one page at a time from the per-patient summaries.
 */
@Route("review")
@PageTitle("Practice review | " + MainLayout.APP_NAME)
@Menu(order = 15, title = "Practice review", icon = "vaadin:clipboard-pulse")
@RolesAllowed({Role.CLINICIAN_NAME, Role.REVIEWER_NAME})
public class PracticeReviewView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final PracticeReviewService review;
    private final HandoutBatchService batches;
    private final HandoutService handouts;
    final Button batchHandouts = new Button("Handouts…");
    final TextField search = new TextField("Search");
    final Checkbox mine = new Checkbox("Only my patients");
    final Select<UserAccount> clinician = new Select<>();
    final Select<RecoveryStatus> status = new Select<>();
    final Select<ReviewFlag> flag = new Select<>();
    final Select<Drug> drug = new Select<>();
    final IntegerField fromMonths = new IntegerField("Months since end, from");
    final IntegerField toMonths = new IntegerField("to");
    final Grid<ReviewRow> grid = new Grid<>();
    private final Span total = counter("review-total");
    private final Span active = counter("review-active");
    private final Span delayed = counter("review-delayed");
    private final Span behind = counter("review-behind");
    private final Span overdue = counter("review-overdue");
    private final Div chartHolder = new Div();
    private final List<UserAccount> clinicians;
    private ReviewFilter filter = ReviewFilter.ALL;
    private ReviewCounters counters = new ReviewCounters(0, 0, 0, 0, 0, java.util.Map.of());
    private boolean applying;

    PracticeReviewView(PracticeReviewService review, HandoutBatchService batches, HandoutService handouts,
                       com.hpgdesk.security.CurrentUser currentUser) {
        this.review = review;
        this.batches = batches;
        this.handouts = handouts;
        this.clinicians = review.clinicians();
        setSizeFull();

        search.setPlaceholder("Name, record number or date of birth");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        clinician.setLabel("Clinician");
        clinician.setItems(clinicians);
        clinician.setItemLabelGenerator(account -> account == null ? "All" : account.getDisplayName());
        clinician.setEmptySelectionAllowed(true);
        clinician.setEmptySelectionCaption("All");
        status.setLabel("Recovery status");
        status.setItems(RecoveryStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "All" : value.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        flag.setLabel("Flag");
        flag.setItems(ReviewFlag.values());
        flag.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        flag.setEmptySelectionAllowed(true);
        flag.setEmptySelectionCaption("Any");
        drug.setLabel("Protocol drug");
        drug.setItems(java.util.Arrays.stream(Drug.values()).filter(value -> value != Drug.OTHER).toList());
        drug.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        drug.setEmptySelectionAllowed(true);
        drug.setEmptySelectionCaption("Any");
        for (var months : List.of(fromMonths, toMonths)) {
            months.setMin(0);
            months.setMax(600);
            months.setWidth("7rem");
            months.setValueChangeMode(ValueChangeMode.LAZY);
        }
        search.setId("review-search");
        mine.setId("review-mine");
        clinician.setId("review-clinician");
        status.setId("review-status");
        flag.setId("review-flag");
        drug.setId("review-drug");
        fromMonths.setId("review-from");
        toMonths.setId("review-to");
        List<HasValue<?, ?>> fields = List.of(search, mine, clinician, status, flag, drug, fromMonths, toMonths);
        fields.forEach(field -> field.addValueChangeListener(change -> filterChanged()));

        var filters = new HorizontalLayout(search, mine, clinician, status, flag, drug, fromMonths, toMonths);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var out = new ByteArrayOutputStream();
            review.exportCsv(filter, out);
            byte[] csv = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(csv), "practice-review-" + review.today() + ".csv",
                    "text/csv; charset=UTF-8", csv.length);
        }), "Export CSV");
        export.setId("review-export");
        export.getElement().setAttribute("download", true);

        var counterRow = new HorizontalLayout(labelled("Patients", total), labelled("On a protocol", active),
                labelled("Delayed", delayed), labelled("Behind the curve", behind), labelled("Labs overdue", overdue),
                export, batchHandouts);
        batchHandouts.setId("review-handouts");
        batchHandouts.setIcon(VaadinIcon.FILE_TEXT_O.create());
        batchHandouts.addClickListener(click -> openBatchHandouts());
        // Making handouts stores them: a reviewer reads the review but makes none (the service refuses anyway).
        batchHandouts.setVisible(currentUser.mayChangeRecords());
        counterRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        counterRow.addClassName("review-counters");
        counterRow.getElement().setAttribute("role", "status");
        var chart = new Details("Recovery status by months since the end of treatment", chartHolder);
        chart.setId("review-chart");

        addColumns();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Practice review");
        grid.setSizeFull();
        grid.setMultiSort(false);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setEmptyStateText("No patient matches these filters.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addSortListener(sorted -> {
            if (!applying && sorted.isFromClient()) {
                var order = sorted.getSortOrder().stream().findFirst();
                navigateTo(order.map(o -> filter.sortedBy(columnOf(o.getSorted().getKey()),
                        o.getDirection() == SortDirection.DESCENDING)).orElse(filter.sortedBy(ReviewFilter.ALL.sortBy(),
                        ReviewFilter.ALL.descending())));
            }
        });

        add(filters, counterRow, chart, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ReviewFilter.fromParameters(event.getLocation().getQueryParameters().getParameters());
        applying = true;
        try {
            search.setValue(filter.text());
            mine.setValue(filter.mine());
            clinician.setValue(clinicians.stream().filter(account -> Objects.equals(account.getId(), filter.clinicianId()))
                    .findFirst().orElse(null));
            status.setValue(filter.status());
            flag.setValue(filter.flag());
            drug.setValue(filter.drug());
            fromMonths.setValue(filter.minMonths());
            toMonths.setValue(filter.maxMonths());
            var column = grid.getColumnByKey(filter.sortBy().urlKey());
            grid.sort(List.of(new GridSortOrder<>(column,
                    filter.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            applying = false;
        }
        refresh();
    }

    /** The filter the fields now show, in the order the grid is sorted by. */
    ReviewFilter filterOfFields() {
        var account = clinician.getValue();
        return new ReviewFilter(mine.getValue(), account == null ? null : account.getId(), status.getValue(),
                flag.getValue(), drug.getValue(), fromMonths.getValue(), toMonths.getValue(),
                Objects.requireNonNullElse(search.getValue(), ""), filter.sortBy(), filter.descending());
    }

    ReviewFilter filter() {
        return filter;
    }

    private void filterChanged() {
        if (applying) {
            return;
        }
        if (fromMonths.isInvalid() || toMonths.isInvalid()) {
            return;
        }
        navigateTo(filterOfFields());
    }

    private void navigateTo(ReviewFilter next) {
        if (!next.equals(filter)) {
            getUI().ifPresent(ui -> ui.navigate(PracticeReviewView.class, new QueryParameters(next.toParameters())));
        }
    }

    private void refresh() {
        counters = review.counters(filter);
        total.setText(Long.toString(counters.total()));
        active.setText(Long.toString(counters.active()));
        delayed.setText(Long.toString(counters.delayed()));
        behind.setText(Long.toString(counters.behindTheCurve()));
        overdue.setText(Long.toString(counters.overdue()));
        chartHolder.removeAll();
        chartHolder.add(new ChartImage(chartOf(counters), 720, 320));
        ReviewFilter shown = filter;
        grid.setItems(query -> review.page(shown, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, counters.total()));
    }

    static StackedBarChart chartOf(ReviewCounters counters) {
        var statuses = List.of(RecoveryStatus.values());
        List<StackedBarChart.Bar> bars = new ArrayList<>();
        for (var band : ReviewCounters.MonthsBand.values()) {
            bars.add(new StackedBarChart.Bar(band.label(),
                    statuses.stream().map(status -> counters.count(band, status)).toList()));
        }
        return new StackedBarChart("Recovery status by months since the end of treatment",
                "Months since the end of treatment", "Patients",
                statuses.stream().map(RecoveryStatus::label).toList(), bars);
    }

    private void addColumns() {
        grid.addComponentColumn(row -> new RouterLink(row.name(), PatientView.class, PatientView.routeTo(row.patientId())))
                .setHeader("Name").setKey(ReviewColumn.NAME.urlKey()).setSortable(true).setFlexGrow(2)
                // Wide enough for a full name: the other columns size to their content and squeezed it to "Παπαδό…".
                .setWidth("15rem").setFrozen(true);
        grid.addColumn(ReviewRow::recordNumber).setHeader("Record number").setKey(ReviewColumn.RECORD_NUMBER.urlKey())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(ReviewRow::clinician).setHeader("Clinician").setKey(ReviewColumn.CLINICIAN.urlKey())
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(PracticeReviewView::months).setHeader("Months since end")
                .setKey(ReviewColumn.MONTHS_SINCE_END.urlKey()).setSortable(true).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PracticeReviewView::protocol).setHeader("Protocol and phase")
                .setKey(ReviewColumn.PROTOCOL.urlKey()).setSortable(true).setFlexGrow(2);
        grid.addColumn(row -> hormone(row.totalTestosterone())).setHeader("Total testosterone")
                .setKey(ReviewColumn.TOTAL_TESTOSTERONE.urlKey()).setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> hormone(row.lh())).setHeader("LH").setKey(ReviewColumn.LH.urlKey()).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> hormone(row.fsh())).setHeader("FSH").setKey(ReviewColumn.FSH.urlKey()).setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(row -> badge(row.status().label(), "review-status-" + row.status().name().toLowerCase()))
                .setHeader("Recovery status").setKey(ReviewColumn.STATUS.urlKey()).setSortable(true).setAutoWidth(true);
        grid.addColumn(PracticeReviewView::flags).setHeader("Flags").setKey(ReviewColumn.FLAGS.urlKey())
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(row -> date(row.nextLabsDue())).setHeader("Next labs due")
                .setKey(ReviewColumn.NEXT_LABS_DUE.urlKey()).setSortable(true).setAutoWidth(true);
    }

    private static ReviewColumn columnOf(String key) {
        return ReviewColumn.ofUrlKey(key).orElse(ReviewFilter.ALL.sortBy());
    }

    static String months(ReviewRow row) {
        if (row.onTreatment()) {
            return "On treatment";
        }
        if (row.lastDoseActing()) {
            return "Last dose acting";
        }
        return row.monthsSinceEnd() == null ? "No course" : row.monthsSinceEnd().toString();
    }

    static String protocol(ReviewRow row) {
        if (row.protocolName() == null) {
            return "No active protocol";
        }
        return row.protocolName() + (row.protocolPhase() == null ? "" : " · " + row.protocolPhase());
    }

    static String hormone(ReviewRow.@Nullable Hormone hormone) {
        if (hormone == null) {
            return "—";
        }
        String direction = hormone.direction() == null ? "" : " " + hormone.direction().arrow();
        return hormone.text() + direction + " (" + DATE.format(hormone.on()) + ")";
    }

    static String flags(ReviewRow row) {
        return row.flags().stream().sorted().map(ReviewFlag::label).collect(Collectors.joining(", "));
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    private static Component badge(String text, String className) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassName(className);
        return badge;
    }

    private static Span counter(String id) {
        var value = new Span();
        value.setId(id);
        value.addClassName("review-counter");
        return value;
    }

    private static Component labelled(String label, Span value) {
        var holder = new Span(new Span(label + ": "), value);
        holder.addClassName("review-counter-label");
        return holder;
    }

    /** Handouts for the ticked patients or everyone the filter finds, made in the background. */
    HandoutBatchDialog openBatchHandouts() {
        ReviewFilter shown = filter;
        var dialog = new HandoutBatchDialog(batches, handouts,
                grid.getSelectedItems().stream().map(PracticeReviewView::batchPatient).toList(), counters.total(),
                () -> review.allFiltered(shown, HandoutBatchService.MAX_PATIENTS).stream()
                        .map(PracticeReviewView::batchPatient).toList());
        dialog.open();
        return dialog;
    }

    private static HandoutBatchService.BatchPatient batchPatient(ReviewRow row) {
        return new HandoutBatchService.BatchPatient(row.patientId(), row.name(), row.recordNumber());
    }

    private void open(ReviewRow row) {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, PatientView.routeTo(row.patientId())));
    }
}
