package com.hpgdesk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practice edits the wording; a mistake must stop the start-up with a message that says where it is. */
class HandoutTemplatesTest {

    private static String english() throws IOException {
        return Files.readString(Path.of("reports/handouts/en/handout.properties"));
    }

    private static HandoutTemplates.Source source(String language, String text) {
        return new HandoutTemplates.Source(language, "practice/handouts/" + language + "/handout.properties",
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static HandoutTemplates load(HandoutTemplates.Source... extra) {
        List<HandoutTemplates.Source> sources = new ArrayList<>(HandoutConfiguration.shipped());
        sources.addAll(List.of(extra));
        return HandoutTemplates.load(sources, HandoutConfiguration.contract(), "en");
    }

    @Test
    void theShippedEnglishAndSpanishSetsAreComplete() {
        var templates = HandoutConfiguration.shippedTemplates();

        assertThat(templates.languages()).containsExactly("en", "es");
        assertThat(templates.wording("es").orElseThrow().languageName()).isEqualTo("Español");
        assertThat(templates.wording("en").orElseThrow().version()).isEqualTo("en-2");
    }

    @Test
    void aMissingSectionIsNamedWithItsFile() throws IOException {
        String withoutPlan = english().replaceAll("(?m)^plan\\.heading=.*$", "");

        assertThatThrownBy(() -> load(source("en", withoutPlan)))
                .isInstanceOf(HandoutTemplates.InvalidTemplatesException.class)
                .hasMessageContaining("practice/handouts/en/handout.properties: missing 'plan.heading'");
    }

    @Test
    void anUnknownPlaceholderIsNamedWithTheOnesTheTextMayUse() throws IOException {
        String typo = english().replace("{months} months ({weeks} weeks)", "{mnths} months ({weeks} weeks)");

        assertThatThrownBy(() -> load(source("en", typo)))
                .hasMessageContaining("'status.afterTreatment' uses the unknown placeholder {mnths}; it may use "
                        + "[{endOfTreatment}, {months}, {weeks}]");
    }

    @Test
    void malformedTextsAndUnknownKeysAreReportedAllTogether() throws IOException {
        String broken = english().replace("plan.heading=Your plan", "plan.heading=Your {plan")
                + "\nplan.haeding=Typo\n";

        assertThatThrownBy(() -> load(source("en", broken)))
                .satisfies(error -> assertThat(((HandoutTemplates.InvalidTemplatesException) error).problems())
                        .contains("practice/handouts/en/handout.properties: 'plan.heading' has an unbalanced { or }",
                                "practice/handouts/en/handout.properties: unknown key 'plan.haeding' (misspelt? "
                                        + "the handout never prints it)"));
    }

    @Test
    void aPracticeAddsALanguageByAddingATemplateSetAndMayRewordAShippedOne(@TempDir Path reports) throws IOException {
        Path portuguese = Files.createDirectories(reports.resolve("handouts/pt-BR"));
        Files.writeString(portuguese.resolve("handout.properties"), english()
                .replace("language.name=English", "language.name=Português")
                .replace("language.locale=en-GB", "language.locale=pt-BR")
                .replace("template.version=en-2", "template.version=pt-1"));
        Path english = Files.createDirectories(reports.resolve("handouts/en"));
        Files.writeString(english.resolve("handout.properties"), english()
                .replace("document.heading=Your recovery handout", "document.heading=Your personal recovery plan"));

        var templates = load(HandoutConfiguration.practiceOwn(reports).toArray(HandoutTemplates.Source[]::new));

        assertThat(templates.languages()).containsExactly("en", "es", "pt-BR");
        assertThat(templates.wording("pt-BR").orElseThrow().locale().toLanguageTag()).isEqualTo("pt-BR");
        assertThat(templates.wording("en").orElseThrow().text("document.heading")).isEqualTo("Your personal recovery plan");
    }

    @Test
    void aLanguageFolderWithoutItsFileIsReported(@TempDir Path reports) throws IOException {
        Files.createDirectories(reports.resolve("handouts/fr"));

        assertThatThrownBy(() -> load(HandoutConfiguration.practiceOwn(reports).toArray(HandoutTemplates.Source[]::new)))
                .hasMessageContaining("handouts/fr/handout.properties: cannot be read");
    }

    @Test
    void aFileNotSavedAsUtf8IsReported() {
        var latin1 = new HandoutTemplates.Source("de", "practice/handouts/de/handout.properties",
                () -> new ByteArrayInputStream("language.name=Deutsch \u00e4".getBytes(StandardCharsets.ISO_8859_1)));

        assertThatThrownBy(() -> load(latin1)).hasMessageContaining("practice/handouts/de/handout.properties: not saved as UTF-8");
    }
}
