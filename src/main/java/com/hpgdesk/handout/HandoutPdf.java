package com.hpgdesk.handout;

import com.hpgdesk.handout.HandoutDocument.Block;
import com.hpgdesk.handout.HandoutDocument.Bullets;
import com.hpgdesk.handout.HandoutDocument.Figure;
import com.hpgdesk.handout.HandoutDocument.Heading;
import com.hpgdesk.handout.HandoutDocument.Paragraph;
import com.hpgdesk.handout.HandoutDocument.Row;
import com.hpgdesk.handout.HandoutDocument.Table;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays a {@link HandoutDocument} out as a PDF with PDFBox: A4 or US Letter, the practice's header on the first
 * page, text that flows onto further pages, tables that repeat their header row, charts as vectors drawn by
 * the chart's own Java2D code, and "page 2 of 3" with a footer on every page.
 *
 * <p>The file is archival and accessible: PDF/A-2 (fonts embedded, sRGB output intent, XMP metadata) and
 * tagged, so a screen reader reads headings, paragraphs, lists, tables (header cells scoped to their column)
 * and the chart's description in order, while running headers, footers, rules and shading are marked as
 * artifacts. Given the same document and creation time, it writes the same bytes.
 */
public final class HandoutPdf {

    /** Paper sizes a practice may choose. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }
    }

    static final String PRODUCER = "HPG Recovery Desk (Apache PDFBox)";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final float MARGIN = 54;
    private static final float FOOTER_SPACE = 46;
    private static final float BODY = 10.5f;
    private static final float NOTE = 9f;
    private static final float CELL = 8.8f;
    private static final float CELL_PAD = 4f;
    private static final Color INK = new Color(0x1F, 0x29, 0x33);
    private static final Color MUTED = new Color(0x55, 0x61, 0x6B);
    private static final Color ACCENT = new Color(0x0B, 0x5E, 0x6B);
    private static final Color RULE = new Color(0xC9, 0xD2, 0xD8);
    private static final Color HEADER_FILL = new Color(0xE4, 0xEE, 0xF1);
    private static final Color CALLOUT_FILL = new Color(0xEE, 0xF5, 0xF7);
    private static final Color GOOD_FILL = new Color(0xE7, 0xF4, 0xEA);
    private static final Color ATTENTION_FILL = new Color(0xFC, 0xEB, 0xE3);

    private final HandoutFonts fonts;
    private final Paper paper;

    public HandoutPdf(HandoutFonts fonts, Paper paper) {
        this.fonts = fonts;
        this.paper = paper;
    }

    public Paper paper() {
        return paper;
    }

    /** @param created the moment written into the document's metadata; with the document it fixes the bytes */
    public byte[] render(HandoutDocument document, Instant created) {
        HandoutFonts.Faces faces = fonts.borrow();
        try (PDDocument pdf = new PDDocument()) {
            Layout layout = new Layout(pdf, faces, document);
            layout.write();
            finish(pdf, document, created);
            var out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The handout could not be written as PDF", e);
        } finally {
            fonts.giveBack(faces);
        }
    }

    // ---- document-level metadata: PDF/A-2, language, title, output intent ------------------------------------

    private static void finish(PDDocument pdf, HandoutDocument document, Instant created) throws IOException {
        pdf.setVersion(1.7f);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(document.languageTag());
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        var info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setSubject(document.subject());
        info.setAuthor(document.practice());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);

        var metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(document, created).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        var intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] id = documentId(document, created);
        var ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Fixed by the content and time, so the same handout made twice is the same file. */
    private static byte[] documentId(HandoutDocument document, Instant created) {
        try {
            var digest = MessageDigest.getInstance("MD5");
            digest.update((document.title() + '\n' + document.languageTag() + '\n' + created.getEpochSecond())
                    .getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static String xmp(HandoutDocument document, Instant created) {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                created.atOffset(ZoneOffset.UTC).withNano(0));
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreateDate>%s</xmp:CreateDate>
                <xmp:ModifyDate>%s</xmp:ModifyDate>
                <xmp:CreatorTool>%s</xmp:CreatorTool>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>%s</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>A</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Part of ISO 14289 the file follows</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(document.title()), xml(document.subject()),
                xml(document.practice()), xml(document.languageTag()), when, when, PRODUCER, PRODUCER);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ---- layout -------------------------------------------------------------------------------------------------

    /** One document's layout: the cursor, the current page, and the structure tree being built beside it. */
    private final class Layout {
        private final PDDocument pdf;
        private final HandoutDocument document;
        private final Face regular;
        private final Face bold;
        private final TrueTypeFont fallbackFont;
        private final CmapLookup fallbackMap;
        /** Embedded only once a character needs it, so a handout without one carries no CJK font at all. */
        private PDFont fallback;
        private final PDRectangle size = paper.size;
        private final float left = MARGIN;
        private final float width = paper.size.getWidth() - 2 * MARGIN;
        private final PDStructureTreeRoot root = new PDStructureTreeRoot();
        private final PDStructureElement body;
        /** Per page, the structure element of each marked-content id, in id order: the parent tree. */
        private final List<COSArray> parents = new ArrayList<>();
        private final List<PDPage> pages = new ArrayList<>();
        private PDPage page;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument pdf, HandoutFonts.Faces faces, HandoutDocument document) throws IOException {
            this.pdf = pdf;
            this.document = document;
            this.regular = new Face(PDType0Font.load(pdf, faces.regular(), true), faces.regularMap(), false);
            this.bold = new Face(PDType0Font.load(pdf, faces.bold(), true), faces.boldMap(), true);
            this.fallbackFont = faces.fallback();
            this.fallbackMap = faces.fallbackMap();
            pdf.getDocumentCatalog().setStructureTreeRoot(root);
            var markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            pdf.getDocumentCatalog().setMarkInfo(markInfo);
            body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(body);
        }

        void write() throws IOException {
            newPage();
            header();
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                switch (blocks.get(i)) {
                    case Heading heading -> heading(heading, keepWithHeading(blocks, i + 1));
                    case Paragraph paragraph -> paragraph(paragraph);
                    case Bullets bullets -> bullets(bullets);
                    case Table table -> table(table);
                    case Figure figure -> figure(figure);
                }
            }
            content.close();
            footers();
            var tree = new COSDictionary();
            var nums = new COSArray();
            for (int i = 0; i < parents.size(); i++) {
                nums.add(COSInteger.get(i));
                nums.add(parents.get(i));
            }
            tree.setItem(COSName.NUMS, nums);
            root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
            root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, parents.size());
        }

        // ---- pages ----

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(size);
            page.setStructParents(pages.size());
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            pdf.addPage(page);
            pages.add(page);
            parents.add(new COSArray());
            content = new PDPageContentStream(pdf, page);
            y = size.getHeight() - MARGIN;
            if (pages.size() > 1) {
                artifact(() -> {
                    text(document.title(), regular, NOTE - 1, MUTED, left, y - 8);
                    rule(y - 14, RULE);
                });
                y -= 30;
            }
        }

        private float bottom() {
            return MARGIN + FOOTER_SPACE - 20;
        }

        private void ensure(float height) throws IOException {
            if (y - height < bottom()) {
                newPage();
            }
        }

        private void footers() throws IOException {
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                PDPage each = pages.get(i);
                try (var footer = new PDPageContentStream(pdf, each, PDPageContentStream.AppendMode.APPEND, true,
                        true)) {
                    content = footer;
                    int number = i + 1;
                    artifact(() -> {
                        float base = MARGIN - 6;
                        rule(base + 14, RULE);
                        String pageLabel = document.footerPage().of(number, count);
                        float labelWidth = width(pageLabel, regular, NOTE - 1);
                        text(fit(document.footerText(), regular, NOTE - 1, width - labelWidth - 16),
                                regular, NOTE - 1, MUTED, left, base);
                        text(pageLabel, regular, NOTE - 1, MUTED, left + width - labelWidth, base);
                    });
                }
            }
        }

        // ---- blocks ----

        private void header() throws IOException {
            float top = y;
            float logoWidth = 0;
            if (document.logo() != null) {
                PDImageXObject logo = PDImageXObject.createFromByteArray(pdf, document.logo(), "logo");
                float h = 40;
                float w = Math.min(140, h * logo.getWidth() / logo.getHeight());
                logoWidth = w + 12;
                artifact(() -> content.drawImage(logo, left + width - w, top - h, w, h));
            }
            float practiceWidth = width - logoWidth;
            y = top;
            PDStructureElement practice = element(StandardStructureTypes.P, body);
            for (String line : wrap(document.practice(), bold, 12, practiceWidth)) {
                y -= 14;
                marked(practice, () -> text(line, bold, 12, ACCENT, left, y));
            }
            y -= 10;
            PDStructureElement title = element(StandardStructureTypes.H1, body);
            for (String line : wrap(document.heading(), bold, 20, practiceWidth)) {
                y -= 22;
                marked(title, () -> text(line, bold, 20, INK, left, y));
            }
            y = Math.min(y, top - 52) - 14;
            // Patient, date of birth, date and clinician as two columns of label and value.
            float columnWidth = width / 2;
            var fields = document.header();
            PDStructureElement table = element(StandardStructureTypes.TABLE, body);
            float rowTop = y;
            for (int i = 0; i < fields.size(); i += 2) {
                PDStructureElement row = element(StandardStructureTypes.TR, table);
                float rowBottom = rowTop;
                for (int j = i; j < Math.min(i + 2, fields.size()); j++) {
                    var field = fields.get(j);
                    float x = left + (j - i) * columnWidth;
                    PDStructureElement th = element(StandardStructureTypes.TH, row);
                    scope(th, PDTableAttributeObject.SCOPE_ROW);
                    float labelY = rowTop - 9;
                    marked(th, () -> text(field.label(), regular, NOTE - 0.5f, MUTED, x, labelY));
                    PDStructureElement td = element(StandardStructureTypes.TD, row);
                    float lineY = labelY;
                    for (String line : wrap(field.value(), bold, 11.5f, columnWidth - 10)) {
                        lineY -= 14;
                        float at = lineY;
                        marked(td, () -> text(line, bold, 11.5f, INK, x, at));
                    }
                    rowBottom = Math.min(rowBottom, lineY - 8);
                }
                rowTop = rowBottom;
            }
            y = rowTop;
            float ruleY = y;
            artifact(() -> {
                content.setNonStrokingColor(ACCENT);
                content.addRect(left, ruleY - 4, width, 2);
                content.fill();
            });
            y -= 14;
        }

        /**
         * How much of what follows a heading must fit on its page with it: its notes and sub-headings, and the
         * start of the first real content (a chart whole, a table's header and first rows, two lines of text).
         */
        private float keepWithHeading(List<Block> blocks, int from) {
            float needed = 0;
            for (int i = from; i < blocks.size(); i++) {
                switch (blocks.get(i)) {
                    case Heading next -> needed += 30;
                    case Paragraph paragraph when paragraph.style() == Paragraph.Style.NOTE -> needed += 30;
                    case Paragraph paragraph -> {
                        return needed + 40;
                    }
                    case Bullets bullets -> {
                        return needed + 36;
                    }
                    case Table table -> {
                        return needed + 110;
                    }
                    case Figure figure -> {
                        return needed + figure.height() * width / figure.width() + 12;
                    }
                }
            }
            return needed + 30;
        }

        private void heading(Heading heading, float keep) throws IOException {
            float size = heading.level() == 2 ? 14 : 11.5f;
            Color color = heading.level() == 2 ? ACCENT : INK;
            List<String> lines = wrap(heading.text(), bold, size, width);
            ensure(lines.size() * (size + 4) + (heading.level() == 2 ? 16 : 8) + keep);
            y -= heading.level() == 2 ? 14 : 8;
            PDStructureElement element = element(heading.level() == 2 ? StandardStructureTypes.H2
                    : StandardStructureTypes.H3, body);
            for (String line : lines) {
                y -= size + 3;
                marked(element, () -> text(line, bold, size, color, left, y));
            }
            y -= 6;
        }

        private void paragraph(Paragraph paragraph) throws IOException {
            float size = paragraph.style() == Paragraph.Style.NOTE ? NOTE : BODY;
            Color color = paragraph.style() == Paragraph.Style.NOTE ? MUTED : INK;
            boolean callout = paragraph.style() == Paragraph.Style.CALLOUT;
            float inset = callout ? 12 : 0;
            Face font = callout ? bold : regular;
            List<String> lines = wrap(paragraph.text(), font, size, width - 2 * inset);
            float leading = size * 1.4f;
            PDStructureElement element = element(StandardStructureTypes.P, body);
            if (callout) {
                float height = lines.size() * leading + 14;
                ensure(height + 6);
                float boxTop = y - 2;
                artifact(() -> {
                    content.setNonStrokingColor(CALLOUT_FILL);
                    content.addRect(left, boxTop - height, width, height);
                    content.fill();
                    content.setNonStrokingColor(ACCENT);
                    content.addRect(left, boxTop - height, 3, height);
                    content.fill();
                });
                y -= 7;
            }
            for (String line : lines) {
                ensure(leading);
                y -= leading;
                marked(element, () -> text(line, font, size, color, left + inset, y + size * 0.3f));
            }
            y -= callout ? 13 : 6;
        }

        private void bullets(Bullets bullets) throws IOException {
            PDStructureElement list = element(StandardStructureTypes.L, body);
            float leading = BODY * 1.4f;
            for (String item : bullets.items()) {
                List<String> lines = wrap(item, regular, BODY, width - 16);
                ensure(Math.min(lines.size(), 2) * leading);
                PDStructureElement li = element(StandardStructureTypes.LI, list);
                PDStructureElement label = element(StandardStructureTypes.LBL, li);
                PDStructureElement itemBody = element(StandardStructureTypes.L_BODY, li);
                boolean first = true;
                for (String line : lines) {
                    ensure(leading);
                    y -= leading;
                    float baseline = y + BODY * 0.3f;
                    if (first) {
                        marked(label, () -> text("•", bold, BODY, ACCENT, left + 3, baseline));
                        first = false;
                    }
                    marked(itemBody, () -> text(line, regular, BODY, INK, left + 16, baseline));
                }
                y -= 3;
            }
            y -= 4;
        }

        private void table(Table table) throws IOException {
            float[] columns = new float[table.widths().length];
            float total = 0;
            for (float share : table.widths()) {
                total += share;
            }
            for (int i = 0; i < columns.length; i++) {
                columns[i] = width * table.widths()[i] / total;
            }
            PDStructureElement element = element(StandardStructureTypes.TABLE, body);
            element.setAlternateDescription(table.caption());
            List<List<String>> headerLines = cellLines(table.headers(), columns, bold);
            float headerHeight = height(headerLines);
            ensure(headerHeight + 3 * (CELL * 1.3f + 2 * CELL_PAD));
            PDStructureElement headerRow = element(StandardStructureTypes.TR, element);
            tableHeader(headerLines, columns, headerHeight, headerRow);
            for (Row row : table.rows()) {
                List<List<String>> lines = cellLines(row.cells(), columns, regular);
                float rowHeight = height(lines);
                if (y - rowHeight < bottom()) {
                    newPage();
                    // The repeated header row is page furniture: tagged once, at the table's start.
                    tableHeader(headerLines, columns, headerHeight, null);
                }
                float top = y;
                Color fill = switch (row.tone()) {
                    case GOOD -> GOOD_FILL;
                    case ATTENTION -> ATTENTION_FILL;
                    case PLAIN -> null;
                };
                artifact(() -> {
                    if (fill != null) {
                        content.setNonStrokingColor(fill);
                        content.addRect(left, top - rowHeight, width, rowHeight);
                        content.fill();
                    }
                    content.setStrokingColor(RULE);
                    content.setLineWidth(0.5f);
                    content.moveTo(left, top - rowHeight);
                    content.lineTo(left + width, top - rowHeight);
                    content.stroke();
                });
                PDStructureElement tr = element(StandardStructureTypes.TR, element);
                cells(lines, columns, top, regular, INK, tr, StandardStructureTypes.TD);
                y = top - rowHeight;
            }
            y -= 10;
        }

        private void tableHeader(List<List<String>> lines, float[] columns, float height,
                                 PDStructureElement row) throws IOException {
            float top = y;
            artifact(() -> {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(left, top - height, width, height);
                content.fill();
            });
            if (row == null) {
                artifact(() -> cellText(lines, columns, top, bold, INK));
            } else {
                cells(lines, columns, top, bold, INK, row, StandardStructureTypes.TH);
            }
            y = top - height;
        }

        private void cells(List<List<String>> lines, float[] columns, float top, Face font,
                           Color color, PDStructureElement row, String cellType) throws IOException {
            float x = left;
            for (int c = 0; c < columns.length; c++) {
                PDStructureElement cell = element(cellType, row);
                if (cellType.equals(StandardStructureTypes.TH)) {
                    scope(cell, PDTableAttributeObject.SCOPE_COLUMN);
                }
                float lineY = top - CELL_PAD;
                for (String line : lines.get(c)) {
                    lineY -= CELL * 1.3f;
                    float cx = x + CELL_PAD;
                    float cy = lineY + CELL * 0.3f;
                    marked(cell, () -> text(line, font, CELL, color, cx, cy));
                }
                x += columns[c];
            }
        }

        private void cellText(List<List<String>> lines, float[] columns, float top, Face font,
                              Color color) throws IOException {
            float x = left;
            for (int c = 0; c < columns.length; c++) {
                float lineY = top - CELL_PAD;
                for (String line : lines.get(c)) {
                    lineY -= CELL * 1.3f;
                    text(line, font, CELL, color, x + CELL_PAD, lineY + CELL * 0.3f);
                }
                x += columns[c];
            }
        }

        private List<List<String>> cellLines(List<String> cells, float[] columns, Face font)
                throws IOException {
            List<List<String>> lines = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                lines.add(wrap(cells.get(c), font, CELL, columns[c] - 2 * CELL_PAD));
            }
            return lines;
        }

        private float height(List<List<String>> lines) {
            int most = lines.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, most) * CELL * 1.3f + 2 * CELL_PAD + 1;
        }

        private void figure(Figure figure) throws IOException {
            float scale = width / figure.width();
            float height = figure.height() * scale;
            ensure(height + 8);
            var graphics = new PdfBoxGraphics2D(pdf, figure.width(), figure.height());
            var drawer = new PdfBoxGraphics2DFontTextDrawer();
            // Java's logical sans-serif font names, answered with the handout's own embedded faces.
            for (String name : List.of("SansSerif", "SansSerif.plain", "SansSerif.italic", "Dialog", "Dialog.plain")) {
                drawer.registerFont(name, regular.font);
            }
            for (String name : List.of("SansSerif.bold", "Dialog.bold")) {
                drawer.registerFont(name, bold.font);
            }
            graphics.setFontTextDrawer(drawer);
            try {
                figure.chart().draw(graphics, new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
            } finally {
                graphics.dispose();
            }
            PDFormXObject form = graphics.getXFormObject();
            float x = left;
            float bottom = y - height - 4;
            PDStructureElement element = element(StandardStructureTypes.Figure, body);
            element.setAlternateDescription(figure.alt());
            var layoutAttributes = new PDLayoutAttributeObject();
            layoutAttributes.setBBox(new PDRectangle(x, bottom, width, height));
            element.addAttribute(layoutAttributes);
            marked(element, () -> {
                content.saveGraphicsState();
                content.transform(new Matrix(scale, 0, 0, scale, x, bottom));
                content.drawForm(form);
                content.restoreGraphicsState();
            });
            y = bottom - 8;
        }

        // ---- tagging ----

        private PDStructureElement element(String type, PDStructureElement parent) {
            var element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        private void scope(PDStructureElement cell, String scope) {
            var attributes = new PDTableAttributeObject();
            attributes.setScope(scope);
            cell.addAttribute(attributes);
        }

        /** Draws content that belongs to {@code element}: a marked-content sequence the element points at. */
        private void marked(PDStructureElement element, Drawing drawing) throws IOException {
            COSArray parentsOfPage = parents.get(pages.size() - 1);
            int id = parentsOfPage.size();
            var properties = new COSDictionary();
            properties.setInt(COSName.MCID, id);
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()),
                    PDPropertyList.create(properties));
            drawing.draw();
            content.endMarkedContent();
            var reference = new PDMarkedContentReference();
            reference.setMCID(id);
            reference.setPage(page);
            element.appendKid(reference);
            parentsOfPage.add(element);
        }

        /** Draws page furniture a screen reader should skip. */
        private void artifact(Drawing drawing) throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
            drawing.draw();
            content.endMarkedContent();
        }

        // ---- text ----

        private PDFont fallback() throws IOException {
            if (fallback == null) {
                fallback = PDType0Font.load(pdf, fallbackFont, true);
            }
            return fallback;
        }

        /** A face of the handout's own font, which leaves what it lacks to the shared CJK fallback. */
        private final class Face {
            private final PDFont font;
            private final CmapLookup map;
            /** The fallback has no bold face: in bold text its glyphs are drawn with an outline to match. */
            private final boolean emboldenFallback;

            Face(PDFont font, CmapLookup map, boolean emboldenFallback) {
                this.font = font;
                this.map = map;
                this.emboldenFallback = emboldenFallback;
            }

            String printable(String text) {
                return HandoutFonts.printable(text, map, fallbackMap);
            }

            /** The width of printable text, in thousandths of the font size. */
            float width(String printable) throws IOException {
                float width = 0;
                for (HandoutFonts.Run run : HandoutFonts.runs(printable, map)) {
                    width += (run.fallback() ? fallback() : font).getStringWidth(run.text());
                }
                return width;
            }

            /** Shows printable text inside a text object, each run in the font that has its glyphs. */
            void show(String printable, float size, Color color) throws IOException {
                for (HandoutFonts.Run run : HandoutFonts.runs(printable, map)) {
                    content.setFont(run.fallback() ? fallback() : font, size);
                    boolean embolden = run.fallback() && emboldenFallback;
                    if (embolden) {
                        content.setRenderingMode(RenderingMode.FILL_STROKE);
                        content.setStrokingColor(color);
                        content.setLineWidth(size * 0.035f);
                    }
                    content.showText(run.text());
                    if (embolden) {
                        content.setRenderingMode(RenderingMode.FILL);
                    }
                }
            }
        }

        private void text(String line, Face font, float size, Color color, float x, float at)
                throws IOException {
            content.beginText();
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, at);
            font.show(font.printable(line), size, color);
            content.endText();
        }

        private void rule(float at, Color color) throws IOException {
            content.setStrokingColor(color);
            content.setLineWidth(0.6f);
            content.moveTo(left, at);
            content.lineTo(left + width, at);
            content.stroke();
        }

        private float width(String text, Face font, float size) throws IOException {
            return font.width(font.printable(text)) / 1000 * size;
        }

        private String fit(String text, Face font, float size, float available) throws IOException {
            if (width(text, font, size) <= available) {
                return text;
            }
            String shorter = text;
            while (shorter.length() > 1 && width(shorter + "…", font, size) > available) {
                shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
            }
            return shorter + "…";
        }

        /** Breaks text into lines that fit, at spaces; a word longer than a line is broken where it must be. */
        private List<String> wrap(String text, Face font, float size, float available)
                throws IOException {
            List<String> lines = new ArrayList<>();
            String printable = font.printable(text);
            float space = font.width(" ") / 1000 * size;
            var line = new StringBuilder();
            float lineWidth = 0;
            for (String word : printable.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = font.width(word) / 1000 * size;
                if (wordWidth > available) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    var piece = new StringBuilder();
                    for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                        String next = piece.toString() + Character.toString(word.codePointAt(i));
                        if (font.width(next) / 1000 * size > available && !piece.isEmpty()) {
                            lines.add(piece.toString());
                            piece.setLength(0);
                        }
                        piece.appendCodePoint(word.codePointAt(i));
                    }
                    line.append(piece);
                    lineWidth = font.width(piece.toString()) / 1000 * size;
                    continue;
                }
                if (!line.isEmpty() && lineWidth + space + wordWidth > available) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                    lineWidth += space;
                }
                line.append(word);
                lineWidth += wordWidth;
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }
}
