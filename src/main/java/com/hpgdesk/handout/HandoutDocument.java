package com.hpgdesk.handout;

import com.hpgdesk.chart.ChartDrawing;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A handout with every word already chosen and every number already written for its language: what the PDF
 * lays out, page by page, in reading order. Plain data, so the same handout can be laid out by another
 * renderer (the benchmark's HTML reference) or checked in a test without a PDF.
 *
 * @param title the document title readers and screen readers announce
 * @param languageTag e.g. "es-ES", set as the document's language
 * @param logo PNG or JPEG bytes of the practice's logo, if one is configured
 * @param footerPage the footer's "page 2 of 3" in the handout's language
 */
public record HandoutDocument(String title, String subject, String languageTag, String practice,
                              byte @Nullable [] logo, String heading, List<Field> header, List<Block> blocks,
                              String footerText, PageLabel footerPage) {

    public HandoutDocument {
        header = List.copyOf(header);
        blocks = List.copyOf(blocks);
    }

    /** "Page 2 of 3", worded by the template set. */
    @FunctionalInterface
    public interface PageLabel {
        String of(int page, int pages);
    }

    /** A labelled value of the header, e.g. "Date of birth" and "4 March 1985". */
    public record Field(String label, String value) {
    }

    /** One piece of the handout's flow. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Figure {
    }

    /** A section heading (level 2) or a sub-heading (level 3). */
    public record Heading(int level, String text) implements Block {
    }

    /**
     * A paragraph; a callout is set off in a shaded box (the recovery status), a note is smaller and grey.
     */
    public record Paragraph(String text, Style style) implements Block {
        public enum Style { NORMAL, CALLOUT, NOTE }

        public static Paragraph of(String text) {
            return new Paragraph(text, Style.NORMAL);
        }
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table whose header row is repeated on every page it runs onto.
     *
     * @param widths the columns' shares of the width
     * @param caption what the table is, for screen readers
     */
    public record Table(String caption, List<String> headers, float[] widths, List<Row> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
            if (widths.length != headers.size()) {
                throw new IllegalArgumentException("A width for each of the " + headers.size() + " columns");
            }
        }
    }

    /** A table row; a marked row is shaded (a value out of range, a verdict that holds recovery back). */
    public record Row(List<String> cells, Tone tone) {
        public enum Tone { PLAIN, GOOD, ATTENTION }

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A chart drawn as vectors by the same code that draws it on screen.
     *
     * @param alt the chart in words, for whoever cannot see it
     * @param width the drawing's own size, in its units: scaled to fit the page
     */
    public record Figure(ChartDrawing chart, String alt, int width, int height) implements Block {
    }

}
