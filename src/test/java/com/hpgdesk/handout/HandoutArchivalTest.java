package com.hpgdesk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, reads the handouts as an archive and a screen reader would need them. */
class HandoutArchivalTest {

    private static final HandoutPdf PDF = new HandoutPdf(new HandoutFonts(1), HandoutPdf.Paper.A4);

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            return Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
        }
    }

    static String failures(ValidationResult result) {
        return result.getTestAssertions().stream().filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                        + assertion.getMessage())
                .distinct().collect(Collectors.joining("\n"));
    }

    private static byte[] handout(String language) {
        return HandoutPdfTest.render(PDF, language, HandoutRehearsal.facts("Riverside Recovery Clinic",
                "Ζωή <b>Ødegård</b>-Łukasiewicz Дмитриевич", 12));
    }

    @Test
    void everyLanguagesHandoutIsValidPdfA2a() throws Exception {
        for (String language : List.of("en", "es")) {
            ValidationResult result = validate(handout(language), PDFAFlavour.PDFA_2_A);
            assertThat(result.isCompliant()).as(language + ":\n" + failures(result)).isTrue();
        }
    }

    @Test
    void theHandoutMeetsPdfUa1() throws Exception {
        ValidationResult result = validate(handout("en"), PDFAFlavour.PDFUA_1);
        assertThat(result.isCompliant()).as(failures(result)).isTrue();
    }

    /** The CJK fallback font is embedded as a subset beside DejaVu, and a character no font has is still "�". */
    @Test
    void aHandoutWithChineseJapaneseAndKoreanNamesStaysPdfA2aAndPdfUa1() throws Exception {
        byte[] cjk = HandoutPdfTest.render(PDF, "es", HandoutRehearsal.facts("诊所 クリニック 클리닉",
                "王小明 山田太郎 김민준 \uD83E\uDDEC", 4));
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
            ValidationResult result = validate(cjk, flavour);
            assertThat(result.isCompliant()).as(flavour + ":\n" + failures(result)).isTrue();
        }
    }
}
