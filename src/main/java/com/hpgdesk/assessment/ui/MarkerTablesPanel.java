package com.hpgdesk.assessment.ui;

import com.hpgdesk.assessment.AssessmentService;
import com.hpgdesk.assessment.engine.AssessedRow;
import com.hpgdesk.assessment.engine.AssessedTable;
import com.hpgdesk.assessment.engine.Assessment;
import com.hpgdesk.assessment.engine.Evidence;
import com.hpgdesk.base.ui.DateFields;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Both marker tables filled in for one patient as of a chosen date (today by default): per row the pro- and
 * anti-recovery descriptions with the one his data supports marked, the verdict, its basis, the evidence
 * with thresholds and directions, stale inputs, gaps, the change since the previous assessment and the
 * references. Self-contained so any host page can embed it; the recovery curve chart goes in the slot
 * {@link #setRecoveryCurve(Component)} fills.
 */
public class MarkerTablesPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final AssessmentService assessments;
    private final long patientId;
    private final DatePicker asOf = DateFields.create("Assessed as of");
    private final Div status = new Div();
    private final Div curveSlot = new Div();
    private final Div tables = new Div();

    public MarkerTablesPanel(AssessmentService assessments, long patientId) {
        this.assessments = assessments;
        this.patientId = patientId;
        addClassName("marker-tables-panel");
        setPadding(false);
        asOf.setId("assessment-date");
        asOf.setValue(assessments.today());
        asOf.setMax(assessments.today());
        asOf.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        status.addClassName("assessment-status");
        curveSlot.addClassName("recovery-curve-slot");
        tables.setWidthFull();
        add(asOf, status, curveSlot, tables);
    }

    /** Assesses afresh each time the panel is shown, so data entered on another tab is in the tables. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LocalDate on = asOf.getValue();
        show(on == null ? assessments.today() : on);
    }

    /**
     * A tab sheet keeps a visited tab's content attached but disabled while another tab shows; re-assess when
     * it is shown again, so labs or lifestyle weeks entered on another tab are in the tables.
     */
    @Override
    public void onEnabledStateChanged(boolean enabled) {
        super.onEnabledStateChanged(enabled);
        if (enabled && isAttached()) {
            LocalDate on = asOf.getValue();
            show(on == null ? assessments.today() : on);
        }
    }

    /** Puts the recovery curve chart between the status and the tables. */
    public void setRecoveryCurve(Component chart) {
        curveSlot.removeAll();
        curveSlot.add(chart);
    }

    private void show(LocalDate on) {
        Assessment assessment = assessments.assess(patientId, on);
        status.removeAll();
        Paragraph line = new Paragraph(new Span("Recovery status: "), VerdictLabel.of(assessment.status()),
                new Span(". " + assessment.statusExplanation()));
        line.setId("assessment-recovery-status");
        String compared = assessment.comparedWith() == null ? "no earlier lab date to compare with"
                : "changes compared with the assessment as of " + DATE.format(assessment.comparedWith());
        Paragraph about = new Paragraph("Rules version " + assessment.rulesVersion() + "; " + compared
                + ". Decision support: each verdict shows its evidence and is not a diagnosis.");
        about.addClassName("assessment-about");
        status.add(line, about);
        tables.removeAll();
        for (AssessedTable table : assessment.tables()) {
            tables.add(new H3(table.title()), table(table));
        }
    }

    private static NativeTable table(AssessedTable assessed) {
        NativeTable table = new NativeTable();
        table.addClassName("marker-table");
        table.setId("marker-table-" + assessed.key().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        table.setCaptionText(assessed.title());
        NativeTableRow head = table.getHead().addRow();
        for (String heading : List.of("Marker", assessed.proHeading(), assessed.antiHeading(), "Verdict",
                "Evidence and gaps")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(heading);
            cell.getElement().setAttribute("scope", "col");
        }
        for (AssessedRow row : assessed.rows()) {
            table.getBody().addRows(row(row));
        }
        return table;
    }

    private static NativeTableRow row(AssessedRow assessed) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName("marker-row");
        row.getElement().setAttribute("data-row", assessed.key());
        NativeTableHeaderCell header = row.addHeaderCell();
        header.getElement().setAttribute("scope", "row");
        header.add(new Span(assessed.title()));
        Span basis = new Span(assessed.basis().label());
        basis.addClassName("row-basis");
        header.add(basis);
        if (assessed.unmeasurable() != null) {
            Span note = new Span(assessed.unmeasurable());
            note.addClassName("row-unmeasurable");
            header.add(note);
        }
        row.add(description(assessed.pro(), assessed.highlightsPro()));
        row.add(description(assessed.anti(), assessed.highlightsAnti()));
        NativeTableCell verdict = new NativeTableCell(VerdictLabel.of(assessed.verdict()));
        Span change = new Span("Change: " + assessed.change().label());
        change.addClassName("row-change");
        verdict.add(change);
        row.add(verdict);
        row.add(new NativeTableCell(evidence(assessed)));
        return row;
    }

    private static NativeTableCell description(String text, boolean supported) {
        NativeTableCell cell = new NativeTableCell();
        if (supported) {
            cell.addClassName("supported-description");
            Span mark = new Span("His data points here: ");
            mark.addClassName("supported-mark");
            cell.add(mark);
        }
        cell.add(new Span(text));
        return cell;
    }

    private static Div evidence(AssessedRow row) {
        Div box = new Div();
        box.addClassName("row-evidence");
        if (row.evidence().isEmpty()) {
            box.add(new Span("No evidence on record."));
        } else {
            UnorderedList list = new UnorderedList();
            for (Evidence item : row.evidence()) {
                String text = item.input() + ": " + item.value() + " on " + DATE.format(item.date()) + " ("
                        + item.threshold() + ") → " + item.push().label()
                        + (item.note() == null ? "" : "; " + item.note());
                ListItem entry = new ListItem();
                if (item.stale()) {
                    Span stale = new Span("Stale ");
                    stale.addClassName("stale-mark");
                    entry.add(stale);
                }
                entry.add(new Span(text));
                list.add(entry);
            }
            box.add(list);
        }
        if (!row.gaps().isEmpty()) {
            UnorderedList gaps = new UnorderedList();
            row.gaps().forEach(gap -> gaps.add(new ListItem(gap)));
            Div gapBox = new Div(new Span("Gaps:"), gaps);
            gapBox.addClassName("row-gaps");
            box.add(gapBox);
        }
        UnorderedList references = new UnorderedList();
        row.references().forEach(reference -> references.add(new ListItem(reference)));
        box.add(new Details("References (" + row.references().size() + ")", references));
        return box;
    }
}
