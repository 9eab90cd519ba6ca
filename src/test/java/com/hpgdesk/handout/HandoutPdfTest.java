package com.hpgdesk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Reads handouts back as a reader would: the text in order, the pages, the fonts, the bytes. */
@ExtendWith(OutputCaptureExtension.class)
class HandoutPdfTest {

    static final HandoutTemplates TEMPLATES = HandoutConfiguration.shippedTemplates();
    private static final HandoutPdf A4 = new HandoutPdf(new HandoutFonts(1), HandoutPdf.Paper.A4);

    static byte[] render(HandoutPdf pdf, String language, HandoutFacts facts) {
        return pdf.render(new HandoutComposer(TEMPLATES.wording(language).orElseThrow()).compose(facts),
                HandoutRehearsal.CREATED);
    }

    /** The text in reading order, with a table cell's wrapped lines joined by single spaces. */
    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void theTextHoldsHisNameValuesVerdictsAndPlanInReadingOrder() throws IOException {
        String text = text(render(A4, "en", HandoutRehearsal.facts("Riverside Recovery Clinic")));

        assertThat(text).contains("Riverside Recovery Clinic", "Ζωή Ødegård-Łukasiewicz Дмитриевич", "4 March 1988",
                "15 January 2026", "Dr Maya Hale");
        assertThat(text).contains("Testosterone (total) 600 ng/dL 264–916 ng/dL", "Vitamin D 24 ng/mL 30–100 ng/mL",
                "24.0 million/mL", "Below the normal range");
        assertThat(text).contains("Your hormone levels meet the published signs of recovery.",
                "Helping your recovery", "Holding back your recovery", "Not enough information yet");
        assertThat(text).contains("Drink less alcohol", "Aim for seven to nine hours of sleep",
                "Your vitamin D is low", "Your stress level is not holding back your recovery.",
                "Clomifene", "Twice a week", "Your next blood test: 26 February 2026.");
        assertThat(text).contains("Lykhonosov MP", "supports, and does not replace, the advice of your clinician");
        assertThat(text.indexOf("Where you stand")).isLessThan(text.indexOf("Your latest results"));
        assertThat(text.indexOf("Your latest results")).isLessThan(text.indexOf("What helps and what holds back"));
        assertThat(text.indexOf("Your plan")).isLessThan(text.indexOf("Your results over time"));
        assertThat(text.indexOf("Your results over time")).isLessThan(text.indexOf("Where this comes from"));
    }

    @Test
    void everyPageSaysWhichPageOfHowManyAndCarriesTheFooter() throws IOException {
        byte[] bytes = render(A4, "en", HandoutRehearsal.facts("Riverside Recovery Clinic"));
        int count = pages(bytes);
        try (var document = Loader.loadPDF(bytes)) {
            for (int page = 1; page <= count; page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Page " + page + " of " + count,
                        "Riverside Recovery Clinic · Ζωή Ødegård-Łukasiewicz Дмитриевич · 15 January 2026");
            }
        }
    }

    @Test
    void namesInEveryScriptAndNamesThatLookLikeHtmlArePrintedLiterally() throws IOException {
        for (String name : List.of("Zoë Ødegård", "Łukasz Żółkiewski", "Дмитрий Щербаков", "Γιώργος Παπαδόπουλος",
                "<b>Bobby</b> O'Brien & Sons", "José Nuñez-Çelik")) {
            String text = text(render(A4, "en", HandoutRehearsal.facts("Clinic <i>&amp;</i>", name, 3)));
            assertThat(text).as(name).contains(name, "Clinic <i>&amp;</i>");
        }
    }

    @Test
    void chineseJapaneseAndKoreanNamesPrintInTheFallbackFont() throws IOException {
        for (String name : List.of("王小明", "山田太郎", "김민준", "Lee 李小龍 Ødegård", "さくら・アンダーソン")) {
            byte[] bytes = render(A4, "en", HandoutRehearsal.facts("Clinic", name, 3));
            assertThat(text(bytes)).as(name).contains(name).doesNotContain("\uFFFD");
            try (PDDocument document = Loader.loadPDF(bytes)) {
                List<PDFont> fonts = new ArrayList<>();
                collectFonts(document.getPage(0).getResources(), fonts);
                assertThat(fonts).extracting(PDFont::getName).anyMatch(font -> font.contains("DroidSansFallback"));
            }
        }
    }

    @Test
    void textIsShownWithoutLigaturesSoItCopiesExactly() throws IOException {
        var faces = new HandoutFonts(1).borrow();
        assertThat(faces.regular().getGsubData()).isSameAs(org.apache.fontbox.ttf.model.GsubData.NO_DATA_FOUND);
        assertThat(faces.bold().getGsubData()).isSameAs(org.apache.fontbox.ttf.model.GsubData.NO_DATA_FOUND);
        assertThat(text(render(A4, "en", HandoutRehearsal.facts("Office of Fifi Efflorescence", "Jeff Fiffield", 3))))
                .contains("Office of Fifi Efflorescence", "Jeff Fiffield");
    }

    @Test
    void aHandoutWithoutCjkCarriesNoFallbackFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(A4, "en", HandoutRehearsal.facts("Clinic")))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).extracting(PDFont::getName).noneMatch(font -> font.contains("DroidSansFallback"));
        }
    }

    @Test
    void aCharacterNoShippedFontCoversIsReplacedVisiblyLoggedAndTheHandoutIsStillMade(CapturedOutput output)
            throws IOException {
        String text = text(render(A4, "en", HandoutRehearsal.facts("Clinic", "Sam \uD83E\uDDEC 王 \uDBFF\uDFFD", 3)));

        assertThat(text).contains("Sam \uFFFD 王 \uFFFD").doesNotContain("\uD83E\uDDEC");
        assertThat(output.getOut()).contains("U+1F9EC (DNA DOUBLE HELIX), which no shipped font covers",
                "U+10FFFD", "printed as U+FFFD");
    }

    @Test
    void longerHistoriesFlowOntoMorePagesAndTablesRepeatTheirHeaderRow() throws IOException {
        byte[] short_ = render(A4, "en", HandoutRehearsal.facts("Clinic", "Tom Short", 2));
        byte[] twoYears = render(A4, "en", HandoutRehearsal.facts("Clinic", "Tom Long", 17));

        assertThat(pages(twoYears)).isGreaterThan(pages(short_) + 2);
        try (var document = Loader.loadPDF(twoYears)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages() - 1);
            stripper.setEndPage(document.getNumberOfPages() - 1);
            assertThat(stripper.getText(document)).contains("Taken on Test Your value Normal range What it means");
        }
    }

    @Test
    void everyFontIsEmbeddedIncludingTheChartsText() throws IOException {
        byte[] bytes = render(A4, "en", HandoutRehearsal.facts("Clinic"));
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        var facts = HandoutRehearsal.facts("Clinic");
        assertThat(render(A4, "en", facts)).isEqualTo(render(A4, "en", facts));
        assertThat(render(A4, "es", facts)).isEqualTo(render(A4, "es", HandoutRehearsal.facts("Clinic")));
    }

    @Test
    void spanishHandoutsWriteNumbersDatesAndUnitsTheSpanishWay() throws IOException {
        String text = text(render(A4, "es", HandoutRehearsal.facts("Clínica Ribera")));

        assertThat(text).contains("Su hoja de recuperación", "4 de marzo de 1988", "24,0 millones/mL",
                "1,7–8,6 IU/L", "Página 1 de", "Frena su recuperación", "Beba menos alcohol");
    }

    @Test
    void theChartOfASpanishHandoutSpeaksSpanish() throws IOException {
        String text = text(render(A4, "es", HandoutRehearsal.facts("Clínica Ribera")));

        assertThat(text).contains("Recuperación desde el final del tratamiento", "Meses desde el final del tratamiento",
                "Sus valores", "Final del tratamiento (mes 0)", "Criterios de recuperación hormonal (Lykhonosov 2020)",
                "Testosterona total", "Concentración de espermatozoides",
                "> 1,24 IU/L", "20 millones/mL", "3 meses", "Criterios hormonales e hitos: Lykhonosov MP");
        assertThat(text).doesNotContain("Months since end of treatment", "Patient's values", "Your values",
                "End of treatment", "Hormonal recovery criteria", "Sperm concentration", "recovered",
                "3 mo ", "million/mL", "1.24");
    }

    @Test
    void thePracticeChoosesA4OrUsLetter() throws IOException {
        var letter = new HandoutPdf(new HandoutFonts(1), HandoutPdf.Paper.LETTER);
        try (var a4 = Loader.loadPDF(render(A4, "en", HandoutRehearsal.facts("Clinic")));
             var us = Loader.loadPDF(render(letter, "en", HandoutRehearsal.facts("Clinic")))) {
            assertThat(a4.getPage(0).getMediaBox()).extracting(PDRectangle::getHeight).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(us.getPage(0).getMediaBox()).extracting(PDRectangle::getWidth).isEqualTo(PDRectangle.LETTER.getWidth());
        }
    }

    @Test
    void theDocumentHasItsTitleLanguageAndTags() throws IOException {
        try (var document = Loader.loadPDF(render(A4, "es", HandoutRehearsal.facts("Clinic")))) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Hoja de recuperación de Ζωή");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-ES");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).hasSize(1);
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }
}
