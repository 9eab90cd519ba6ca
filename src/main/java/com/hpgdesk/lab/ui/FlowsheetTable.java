package com.hpgdesk.lab.ui;

import com.hpgdesk.lab.Flag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The flowsheet as an HTML table, so that screen readers announce each value with its marker (row header)
 * and collection date (column header). Only the table scrolls sideways, with the marker column held in
 * place; the page itself never becomes wider than the screen.
 *
 * <p>The table is one element whose content is written as HTML (by jsoup, which escapes every text), not a
 * component per row, cell and value: nothing in it is interactive, and as components a patient's flowsheet was
 * about 800 state nodes that every session on his Labs tab kept, twice over, as the tree and as the page update
 * Vaadin keeps to resend (about 1 MB a session, issue 12). Characters outside ASCII are written as entities, so
 * the HTML is held in one byte per character.
 */
class FlowsheetTable extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");

    /** The {@code <table>}; its rows are its {@code innerHTML} property. */
    final Element table = new Element("table");
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
        table.setAttribute("id", "flowsheet");
        scroller.getElement().appendChild(table);
        notes.addClassName("flowsheet-notes");
        add(scroller, notes);
    }

    void show(Flowsheet sheet) {
        notes.removeAll();
        if (sheet.dates().isEmpty()) {
            table.removeProperty("innerHTML");
            scroller.setVisible(false);
            notes.add(new Paragraph("No lab results yet."));
            return;
        }
        scroller.setVisible(true);
        var html = Document.createShell("");
        html.outputSettings().charset(StandardCharsets.US_ASCII).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(false);
        var content = html.body().appendElement("table");
        content.appendElement("caption").addClass("visually-hidden")
                .text("Lab results by collection date, newest first. H: above range, L: below range.");

        var head = content.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").addClass("marker").text("Marker");
        for (LocalDate date : sheet.dates()) {
            var cell = head.appendElement("th").attr("scope", "col");
            block(cell, DAY.format(date), "day");
            block(cell, YEAR.format(date), "year");
        }

        // Each distinct note gets a mark of its own, in the order the table first shows it.
        Map<String, String> marks = new LinkedHashMap<>();
        boolean anyLimit = false;
        for (Flowsheet.Section section : sheet.sections()) {
            var body = content.appendElement("tbody");
            var title = body.appendElement("tr").appendElement("th").attr("scope", "rowgroup")
                    .attr("colspan", String.valueOf(sheet.dates().size() + 1)).addClass("section");
            title.appendElement("span").text(section.title());
            for (Flowsheet.Row row : section.rows()) {
                var tr = body.appendElement("tr");
                if (row.derived()) {
                    tr.addClass("derived");
                }
                var marker = tr.appendElement("th").attr("scope", "row").addClass("marker");
                block(marker, row.name(), "marker-name");
                block(marker, row.unit() + " · " + row.range(), "marker-meta");
                for (LocalDate date : sheet.dates()) {
                    var cell = tr.appendElement("td");
                    List<Flowsheet.Value> values = row.on(date);
                    for (Flowsheet.Value value : values) {
                        String mark = value.note().isEmpty() ? ""
                                : marks.computeIfAbsent(value.note(), note -> mark(marks.size()));
                        value(cell, value, mark);
                        anyLimit |= value.limit();
                    }
                    values.stream().map(Flowsheet.Value::flag).filter(FlowsheetTable::outOfRange).findFirst()
                            .ifPresent(flag -> cell.addClass(flag == Flag.ABOVE_RANGE ? "high" : "low"));
                }
            }
        }
        table.setProperty("innerHTML", content.html());
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

    /** A span of text with a class, added to {@code parent}; returned for what goes inside it. */
    private static org.jsoup.nodes.Element block(org.jsoup.nodes.Element parent, String text, String className) {
        return parent.appendElement("span").addClass(className).text(text);
    }

    private static final List<String> MARKS = List.of("†", "‡", "§", "¶");

    /** †, ‡, §, ¶, then ††, ‡‡ and so on. */
    private static String mark(int index) {
        return MARKS.get(index % MARKS.size()).repeat(index / MARKS.size() + 1);
    }

    /** The value, then its flag as a letter (with the words for screen readers) and its note's mark. */
    private static void value(org.jsoup.nodes.Element cell, Flowsheet.Value value, String mark) {
        var shown = block(cell, value.text(), "value");
        if (outOfRange(value.flag())) {
            boolean high = value.flag() == Flag.ABOVE_RANGE;
            block(shown, high ? "H" : "L", "flag-mark").attr("aria-hidden", "true");
            block(shown, high ? "above range" : "below range", "visually-hidden");
        }
        if (!value.note().isEmpty()) {
            block(shown, mark, "note-mark").attr("aria-hidden", "true").attr("title", value.note());
            block(shown, value.note(), "visually-hidden");
        }
    }

    private static boolean outOfRange(Flag flag) {
        return flag == Flag.ABOVE_RANGE || flag == Flag.BELOW_RANGE;
    }
}
