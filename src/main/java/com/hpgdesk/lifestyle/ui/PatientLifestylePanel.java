package com.hpgdesk.lifestyle.ui;

import com.hpgdesk.base.ConcurrentEditException;
import com.hpgdesk.base.InvalidInputException;
import com.hpgdesk.base.ui.Notices;
import com.hpgdesk.chart.TrendChart;
import com.hpgdesk.chart.ui.ChartImage;
import com.hpgdesk.lifestyle.LifestyleEntry;
import com.hpgdesk.lifestyle.LifestyleMeasure;
import com.hpgdesk.lifestyle.LifestyleService;
import com.hpgdesk.patient.PatientService;
import com.hpgdesk.patient.RecoveryClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A patient's lifestyle, week by week: the weeks recorded, a form to record or change one, and the trend
 * of one chosen measure as a chart with its values in a table beside it. {@code LifestyleTab} puts it on the
 * patient page.
 */
public class PatientLifestylePanel extends VerticalLayout {

    /** The columns of the weeks grid: the measures clinicians scan first. */
    private static final List<LifestyleMeasure> GRID_MEASURES = List.of(LifestyleMeasure.SLEEP_HOURS,
            LifestyleMeasure.STRESS, LifestyleMeasure.WEIGHT, LifestyleMeasure.BMI, LifestyleMeasure.WAIST,
            LifestyleMeasure.FIBRE, LifestyleMeasure.ALCOHOL_DRINKS, LifestyleMeasure.RESISTANCE_SESSIONS,
            LifestyleMeasure.MODERATE_MINUTES);

    private final LifestyleService lifestyle;
    private final PatientService patients;
    private final long patientId;
    private final Grid<LifestyleEntry> weeks = new Grid<>();
    private final Select<LifestyleMeasure> trendOf = new Select<>();
    private final Grid<LifestyleService.WeekValue> trendValues = new Grid<>();
    private final ChartImage chart;
    private List<LifestyleEntry> entries = List.of();
    private final HorizontalLayout header;

    public PatientLifestylePanel(LifestyleService lifestyle, PatientService patients, long patientId) {
        this(lifestyle, patients, patientId, true);
    }

    /** With {@code mayChange} false (a reviewer) the weeks are shown without recording, changing or deleting. */
    public PatientLifestylePanel(LifestyleService lifestyle, PatientService patients, long patientId,
                                 boolean mayChange) {
        this.lifestyle = lifestyle;
        this.patients = patients;
        this.patientId = patientId;
        setPadding(false);
        addClassName("patient-lifestyle");

        var title = new H2("Lifestyle");
        var add = new Button("Record a week", VaadinIcon.PLUS.create(), click -> openDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("lifestyle-add");
        add.setVisible(mayChange);
        header = new HorizontalLayout(title, add);
        header.setWidthFull();
        header.expand(title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        weeks.addColumn(entry -> LifestylePanelFormat.date(entry.getWeekOf())).setHeader("Week of")
                .setAutoWidth(true).setFrozen(true);
        for (LifestyleMeasure measure : GRID_MEASURES) {
            weeks.addColumn(entry -> LifestylePanelFormat.value(entry, measure)).setHeader(measure.label())
                    .setAutoWidth(true);
        }
        weeks.addColumn(LifestylePanelFormat::answers).setHeader("Yes/no answers").setAutoWidth(true);
        if (mayChange) {
            weeks.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        }
        weeks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        weeks.setAriaLabel("Weekly lifestyle entries");
        weeks.setAllRowsVisible(true);
        weeks.setEmptyStateText("No weeks recorded yet.");

        trendOf.setLabel("Trend of");
        trendOf.setItems(LifestyleMeasure.numeric());
        trendOf.setItemLabelGenerator(measure -> measure.label() + " (" + measure.unit() + ")");
        trendOf.setValue(LifestyleMeasure.SLEEP_HOURS);
        trendOf.addValueChangeListener(change -> showTrend());
        trendOf.setId("lifestyle-trend-of");

        trendValues.addColumn(value -> LifestylePanelFormat.date(value.weekOf())).setHeader("Week of");
        trendValues.addColumn(value -> value.value().stripTrailingZeros().toPlainString()).setHeader("Value")
                .setKey("value");
        trendValues.setAriaLabel("Values of the trend");
        trendValues.setAllRowsVisible(true);
        trendValues.setWidth("18rem");
        trendValues.addThemeVariants(GridVariant.LUMO_COMPACT);
        trendValues.setEmptyStateText("No values yet.");

        chart = new ChartImage(TrendChart.of("Sleep", "Sleep", "h/night", List.of()), 640, 360);
        var trend = new FlexLayout(chart, trendValues);
        trend.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        trend.getStyle().setGap("var(--lumo-space-m)");
        trend.setWidthFull();

        var intro = new Paragraph("One entry a week. Every field is optional: record what the patient reports. "
                + "A question left unanswered stays not recorded; it never counts as a no.");
        add(header, intro, weeks, trendOf, trend);
        refresh();
    }

    private void refresh() {
        entries = lifestyle.listEntries(patientId);
        weeks.setItems(entries);
        showTrend();
    }

    private void showTrend() {
        LifestyleMeasure measure = trendOf.getValue();
        var values = lifestyle.series(patientId, measure);
        trendValues.setItems(values);
        trendValues.getColumnByKey("value").setHeader(measure.label() + " (" + measure.unit() + ")");
        chart.setChart(trendChart(measure, values));
    }

    private TrendChart trendChart(LifestyleMeasure measure, List<LifestyleService.WeekValue> values) {
        Optional<LocalDate> end = Optional.ofNullable(patients.recoveryClocks(List.of(patientId)).get(patientId))
                .flatMap(RecoveryClock::endOfTreatment);
        // Without a recorded course, or while on treatment, there is no end: count from the first week instead.
        LocalDate origin = end.orElse(values.isEmpty() ? lifestyle.today() : values.getFirst().weekOf());
        var guide = lifestyle.limits().of(measure).map(bounds -> bounds.guide()).orElse(null);
        TrendChart.@Nullable Band band = guide == null ? null : new TrendChart.Band(
                guide.low() == null ? null : guide.low().doubleValue(),
                guide.high() == null ? null : guide.high().doubleValue(), guide.label());
        var points = values.stream().map(value -> new TrendChart.Point(
                ChronoUnit.DAYS.between(origin, value.weekOf()) / RecoveryClock.DAYS_PER_MONTH,
                value.value().doubleValue(),
                band == null ? TrendChart.Flag.NOT_JUDGED : band.flag(value.value().doubleValue()))).toList();
        var spec = TrendChart.of(measure.label() + " by week", measure.label(), measure.unit(), points);
        if (end.isEmpty()) {
            spec = spec.withXAxisLabel("Months since the first recorded week");
        }
        return band == null ? spec : spec.withReferenceBand(band);
    }

    private HorizontalLayout actions(LifestyleEntry entry) {
        String week = LifestylePanelFormat.date(entry.getWeekOf());
        var edit = new Button(VaadinIcon.EDIT.create(), click -> openDialog(entry));
        edit.setAriaLabel("Change the week of " + week);
        edit.setTooltipText("Change");
        var delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(entry));
        delete.setAriaLabel("Delete the week of " + week);
        delete.setTooltipText("Delete");
        for (var button : new Button[] {edit, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, delete);
    }

    private void openDialog(@Nullable LifestyleEntry editing) {
        // The latest week, for carrying height forward into a new entry.
        @Nullable LifestyleEntry previous = entries.isEmpty() ? null : entries.getFirst();
        new LifestyleEntryDialog(lifestyle, patientId, editing, previous, this::refresh).open();
    }

    private void confirmDelete(LifestyleEntry entry) {
        String week = LifestylePanelFormat.date(entry.getWeekOf());
        var dialog = new Dialog();
        dialog.setHeaderTitle("Delete the week of " + week + "?");
        dialog.add(new Paragraph("Every value of that week is removed. The audit trail keeps a record of the deletion."));
        var delete = new Button("Delete", click -> {
            try {
                lifestyle.delete(entry.id(), entry.getVersion());
                Notices.success("Deleted the week of " + week);
            } catch (ConcurrentEditException | InvalidInputException e) {
                Notices.error(e.getMessage());
            }
            dialog.close();
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), delete);
        dialog.open();
    }

    /** Puts the button that shows earlier versions of the weeks, deleted ones included, beside the heading. */
    public void showHistory(Button history) {
        history.setId("lifestyle-history");
        header.addComponentAtIndex(1, history);
    }
}
