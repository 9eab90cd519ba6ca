package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.Flag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flowsheet as an HTML table, so that screen readers announce each value with its marker (row header)
 * and collection date (column header). Only the table scrolls sideways, with the marker column held in
 * place; the page itself never becomes wider than the screen.
 */
class FlowsheetTable extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");

    NativeTable table = new NativeTable();
    private final Div scroller = new Div();
    private final Div notes = new Div();

    FlowsheetTable() {
        addClassName("flowsheet");
        setWidthFull();
        scroller.addClassName("flowsheet-scroll");
        // A region that scrolls must be reachable by keyboard, and named for whoever lands on it.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Flowsheet, newest collection date first");
        notes.addClassName("flowsheet-notes");
        add(scroller, notes);
    }

    void show(Flowsheet sheet) {
        // A new table each time: NativeTable keeps its own list of bodies, which removeAll() does not reset.
        table = new NativeTable();
        table.setId("flowsheet");
        scroller.removeAll();
        scroller.add(table);
        notes.removeAll();
        if (sheet.dates().isEmpty()) {
            scroller.setVisible(false);
            notes.add(new Paragraph("No lab results yet."));
            return;
        }
        scroller.setVisible(true);
        table.setCaptionText("Lab results by collection date, newest first. H: above range, L: below range.");
        table.getCaption().addClassName("visually-hidden");

        NativeTableRow head = table.getHead().addRow();
        header(head, "Marker").addClassName("marker");
        for (LocalDate date : sheet.dates()) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.getElement().setAttribute("scope", "col");
            cell.add(block(DAY.format(date), "day"), block(YEAR.format(date), "year"));
        }

        // Each distinct note gets a mark of its own, in the order the table first shows it.
        Map<String, String> marks = new LinkedHashMap<>();
        boolean anyLimit = false;
        for (Flowsheet.Section section : sheet.sections()) {
            var body = table.addBody();
            NativeTableHeaderCell title = body.addRow().addHeaderCell();
            title.getElement().setAttribute("scope", "rowgroup");
            title.getElement().setAttribute("colspan", String.valueOf(sheet.dates().size() + 1));
            title.addClassName("section");
            title.add(new Span(section.title()));
            for (Flowsheet.Row row : section.rows()) {
                NativeTableRow tr = body.addRow();
                if (row.derived()) {
                    tr.addClassName("derived");
                }
                NativeTableHeaderCell marker = tr.addHeaderCell();
                marker.getElement().setAttribute("scope", "row");
                marker.addClassName("marker");
                marker.add(block(row.name(), "marker-name"), block(row.unit() + " · " + row.range(), "marker-meta"));
                for (LocalDate date : sheet.dates()) {
                    NativeTableCell cell = tr.addDataCell();
                    List<Flowsheet.Value> values = row.on(date);
                    for (Flowsheet.Value value : values) {
                        String mark = value.note().isEmpty() ? ""
                                : marks.computeIfAbsent(value.note(), note -> mark(marks.size()));
                        cell.add(value(value, mark));
                        anyLimit |= value.limit();
                    }
                    values.stream().map(Flowsheet.Value::flag).filter(FlowsheetTable::outOfRange).findFirst()
                            .ifPresent(flag -> cell.addClassName(flag == Flag.ABOVE_RANGE ? "high" : "low"));
                }
            }
        }
        marks.forEach((note, mark) -> notes.add(new Paragraph(mark + " " + note + (note.endsWith(".") ? "" : "."))));
        if (anyLimit) {
            notes.add(new Paragraph(Flowsheet.LIMITS));
        }
        for (Flowsheet.Calculated kind : sheet.calculatedShown()) {
            var source = new Paragraph(kind.label + ": " + kind.citation);
            source.addClassName("source");
            notes.add(source);
        }
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "col");
        cell.setText(text);
        return cell;
    }

    private static Span block(String text, String className) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static final List<String> MARKS = List.of("†", "‡", "§", "¶");

    /** †, ‡, §, ¶, then ††, ‡‡ and so on. */
    private static String mark(int index) {
        return MARKS.get(index % MARKS.size()).repeat(index / MARKS.size() + 1);
    }

    /** The value, then its flag as a letter (with the words for screen readers) and its note's mark. */
    private static Span value(Flowsheet.Value value, String mark) {
        var shown = block(value.text(), "value");
        if (outOfRange(value.flag())) {
            boolean high = value.flag() == Flag.ABOVE_RANGE;
            var letter = block(high ? "H" : "L", "flag-mark");
            letter.getElement().setAttribute("aria-hidden", "true");
            shown.add(letter, block(high ? "above range" : "below range", "visually-hidden"));
        }
        if (!value.note().isEmpty()) {
            var shownMark = block(mark, "note-mark");
            shownMark.getElement().setAttribute("aria-hidden", "true");
            shownMark.setTitle(value.note());
            shown.add(shownMark, block(value.note(), "visually-hidden"));
        }
        return shown;
    }

    private static boolean outOfRange(Flag flag) {
        return flag == Flag.ABOVE_RANGE || flag == Flag.BELOW_RANGE;
    }
}
