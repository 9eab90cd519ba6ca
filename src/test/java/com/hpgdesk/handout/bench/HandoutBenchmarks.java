package com.hpgdesk.handout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hpgdesk.handout.HandoutBenchmarkFixture;
import com.hpgdesk.handout.HandoutComposer;
import com.hpgdesk.handout.HandoutDocument;
import com.hpgdesk.handout.HandoutFacts;
import com.hpgdesk.handout.HandoutFonts;
import com.hpgdesk.handout.HandoutPdf;
import com.hpgdesk.handout.HandoutRehearsal;
import com.hpgdesk.handout.HandoutTemplates;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Figures for the handout issue's speed questions, printed rather than asserted. Run with
 * {@code ./mvnw -Pbench test -Dtest='com.hpgdesk.handout.bench.**'}. The same handout (a man a year into
 * recovery, with charts) is laid out by the desk's PDFBox code and, as the reference, by openhtmltopdf from
 * equivalent HTML with the same embedded fonts.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandoutBenchmarks {

    private static final int WARM_UP = 60;
    private static final int RUNS = 100;
    private static final int VISITS = 3;

    private static HandoutTemplates templates;
    private static HandoutFacts facts;

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Test
    @Order(1)
    void timeToTheFirstHandoutAfterStartUp() {
        long start = System.nanoTime();
        templates = HandoutBenchmarkFixture.templates();
        facts = HandoutRehearsal.facts("Riverside Recovery Clinic", "Ζωή Ødegård-Łukasiewicz", VISITS);
        long loaded = System.nanoTime();
        var pdf = new HandoutPdf(new HandoutFonts(1), HandoutPdf.Paper.A4);
        long fontsParsed = System.nanoTime();
        byte[] first = render(pdf);
        long firstDone = System.nanoTime();
        byte[] second = render(pdf);
        long secondDone = System.nanoTime();
        System.out.printf(Locale.ROOT, "HANDOUT first in a fresh JVM: templates checked %.0f ms, fonts parsed %.0f ms, "
                        + "first handout %.0f ms (this is what the start-up warm-up absorbs); the next one %.0f ms%n",
                ms(loaded - start), ms(fontsParsed - loaded), ms(firstDone - fontsParsed), ms(secondDone - firstDone));
        assertThat(first).isEqualTo(second);
    }

    @Test
    @Order(2)
    void warmTimePerHandoutSizeAndTheHtmlReference() throws IOException {
        var pdf = new HandoutPdf(new HandoutFonts(1), HandoutPdf.Paper.A4);
        HandoutDocument document = new HandoutComposer(templates.wording("en").orElseThrow()).compose(facts);
        String html = html(document);
        byte[] ours = null;
        byte[] reference = null;
        for (int i = 0; i < WARM_UP; i++) {
            ours = render(pdf);
            reference = openHtmlToPdf(html);
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            ours = render(pdf);
        }
        long oursNanos = (System.nanoTime() - start) / RUNS;
        start = System.nanoTime();
        for (int i = 0; i < RUNS / 4; i++) {
            reference = openHtmlToPdf(html);
        }
        long referenceNanos = (System.nanoTime() - start) / (RUNS / 4);
        int oursPages;
        int referencePages;
        try (var a = Loader.loadPDF(ours); var b = Loader.loadPDF(reference)) {
            oursPages = a.getNumberOfPages();
            referencePages = b.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "HANDOUT warm, compose + PDF with chart: PDFBox %.1f ms per handout, %d pages, "
                        + "%d KB | openhtmltopdf reference %.1f ms, %d pages, %d KB | PDFBox is %.1f x faster%n",
                ms(oursNanos), oursPages, ours.length / 1024, ms(referenceNanos), referencePages,
                reference.length / 1024, (double) referenceNanos / oursNanos);
        assertThat(oursPages).isGreaterThanOrEqualTo(3);
    }

    private static byte[] render(HandoutPdf pdf) {
        return pdf.render(new HandoutComposer(templates.wording("en").orElseThrow()).compose(facts),
                HandoutBenchmarkFixture.CREATED);
    }

    private static byte[] openHtmlToPdf(String html) {
        try {
            var out = new ByteArrayOutputStream();
            new PdfRendererBuilder().useFastMode()
                    .useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans")
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                            PdfRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(html, null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        return HandoutBenchmarks.class.getResourceAsStream("/handout/fonts/" + file);
    }

    /** The same content as XHTML: the reference renderer's input, the chart as the page's own PNG. */
    static String html(HandoutDocument document) {
        var body = new StringBuilder();
        body.append("<p class='practice'>").append(escape(document.practice())).append("</p><h1>")
                .append(escape(document.heading())).append("</h1><table class='header'>");
        for (var field : document.header()) {
            body.append("<tr><th>").append(escape(field.label())).append("</th><td>").append(escape(field.value()))
                    .append("</td></tr>");
        }
        body.append("</table>");
        for (var block : document.blocks()) {
            switch (block) {
                case HandoutDocument.Heading heading -> body.append("<h").append(heading.level()).append('>')
                        .append(escape(heading.text())).append("</h").append(heading.level()).append('>');
                case HandoutDocument.Paragraph paragraph -> body.append("<p class='")
                        .append(paragraph.style().name().toLowerCase(Locale.ROOT)).append("'>")
                        .append(escape(paragraph.text())).append("</p>");
                case HandoutDocument.Bullets bullets -> {
                    body.append("<ul>");
                    bullets.items().forEach(item -> body.append("<li>").append(escape(item)).append("</li>"));
                    body.append("</ul>");
                }
                case HandoutDocument.Table table -> {
                    body.append("<table><thead><tr>");
                    table.headers().forEach(header -> body.append("<th>").append(escape(header)).append("</th>"));
                    body.append("</tr></thead><tbody>");
                    for (var row : table.rows()) {
                        body.append("<tr class='").append(row.tone().name().toLowerCase(Locale.ROOT)).append("'>");
                        row.cells().forEach(cell -> body.append("<td>").append(escape(cell)).append("</td>"));
                        body.append("</tr>");
                    }
                    body.append("</tbody></table>");
                }
                case HandoutDocument.Figure figure -> body.append("<img style='width:100%' alt='")
                        .append(escape(figure.alt())).append("' src='data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(figure.chart().toPng(figure.width(), figure.height())))
                        .append("'/>");
            }
        }
        return """
                <html lang="%s"><head><title>%s</title><style>
                @page { size: A4; margin: 19mm 19mm 22mm 19mm;
                  @bottom-left { content: "%s"; font: 8pt 'DejaVu Sans'; color: #555 }
                  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'DejaVu Sans'; color: #555 } }
                body { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #1f2933 }
                h1 { font-size: 20pt } h2 { font-size: 14pt; color: #0b5e6b } h3 { font-size: 11.5pt }
                table { width: 100%%; border-collapse: collapse; font-size: 8.8pt }
                thead { display: table-header-group } th { background: #e4eef1; text-align: left }
                td, th { padding: 4pt; border-bottom: 0.5pt solid #c9d2d8 } tr { page-break-inside: avoid }
                tr.good { background: #e7f4ea } tr.attention { background: #fcebe3 }
                p.callout { background: #eef5f7; border-left: 3pt solid #0b5e6b; padding: 7pt 12pt; font-weight: bold }
                p.note { font-size: 9pt; color: #55616b }
                </style></head><body>%s</body></html>""".formatted(document.languageTag(), escape(document.title()),
                escape(document.footerText()).replace("\"", "\\\""), body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
