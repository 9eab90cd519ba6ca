package com.hpgdesk.handout;

import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.lab.MarkerCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The practice's handout settings and the handout machinery, made and checked when the application starts:
 * every template set is read and checked (a mistake stops the start with a message naming file and key), the
 * fonts are parsed, and, once the application is ready, one handout per language is laid out in the
 * background so that the first clinician to ask for one does not wait for PDFBox and the fonts to warm up.
 */
@Configuration(proxyBeanMethods = false)
class HandoutConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(HandoutConfiguration.class);
    static final String SHIPPED = "classpath*:reports/handouts/*/" + HandoutTemplates.FILE_NAME;

    @Bean
    HandoutSettings handoutSettings(@Value("${hpg.practice.name:HPG Recovery Desk}") String practiceName,
                                    @Value("${hpg.practice.logo:}") String logo,
                                    @Value("${hpg.handout.paper:A4}") String paper,
                                    @Value("${hpg.handout.default-language:en}") String defaultLanguage,
                                    @Value("${hpg.reports.dir:}") String reportsDir) {
        HandoutPdf.Paper chosen;
        try {
            chosen = HandoutPdf.Paper.valueOf(paper.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("hpg.handout.paper is A4 or LETTER, not '" + paper + "'", e);
        }
        byte @Nullable [] logoBytes = null;
        if (!logo.isBlank()) {
            try {
                logoBytes = Files.readAllBytes(Path.of(logo));
            } catch (IOException e) {
                throw new IllegalStateException("hpg.practice.logo: cannot read the practice logo " + logo, e);
            }
        }
        return new HandoutSettings(practiceName.strip(), logoBytes, chosen, defaultLanguage.strip(),
                reportsDir.isBlank() ? null : Path.of(reportsDir));
    }

    @Bean
    HandoutTemplates handoutTemplates(HandoutSettings settings) {
        List<HandoutTemplates.Source> sources = new ArrayList<>(shipped());
        if (settings.reportsDir() != null) {
            sources.addAll(practiceOwn(settings.reportsDir()));
        }
        HandoutTemplates templates = HandoutTemplates.load(sources, contract(), settings.defaultLanguage());
        LOG.info("Handout templates checked: {}", templates.languages());
        return templates;
    }

    @Bean
    HandoutPdf handoutPdf(HandoutSettings settings) {
        return new HandoutPdf(new HandoutFonts(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))),
                settings.paper());
    }

    /**
     * Lays out one handout per language once the application is ready, on a thread of its own: the start
     * does not wait for it (it took seconds of the start on two cores), and the first clinician to ask for a
     * handout rarely comes before it is done. A failure here is logged; the wording was checked at start-up.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> handoutWarmUp(HandoutPdf pdf, HandoutSettings settings,
                                                             HandoutTemplates templates) {
        return ready -> Thread.ofPlatform().name("handout-warm-up").daemon().priority(Thread.MIN_PRIORITY)
                .start(() -> {
                    long started = System.nanoTime();
                    try {
                        for (String language : templates.languages()) {
                            var wording = templates.wording(language).orElseThrow();
                            pdf.render(new HandoutComposer(wording).compose(
                                    HandoutRehearsal.facts(settings.practiceName())), HandoutRehearsal.CREATED);
                        }
                        LOG.info("Handout fonts and layout warmed up in {} ms",
                                (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException e) {
                        LOG.warn("Handout warm-up failed; the first handout will take longer", e);
                    }
                });
    }

    static WordingContract contract() {
        return new WordingContract(AssessmentRules.standard(), MarkerCatalogue.standard());
    }

    /** The template sets shipped inside the application, checked. */
    static HandoutTemplates shippedTemplates() {
        return HandoutTemplates.load(shipped(), contract(), "en");
    }

    static List<HandoutTemplates.Source> shipped() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
            List<HandoutTemplates.Source> sources = new ArrayList<>();
            for (Resource resource : found) {
                String url = resource.getURL().toString();
                String[] parts = url.split("/");
                String language = parts[parts.length - 2];
                sources.add(new HandoutTemplates.Source(language, "reports/handouts/" + language + "/"
                        + HandoutTemplates.FILE_NAME + " (shipped)", resource::getInputStream));
            }
            sources.sort(java.util.Comparator.comparing(HandoutTemplates.Source::language));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped handout templates cannot be listed", e);
        }
    }

    /** The practice's own template sets: {@code <dir>/handouts/<language>/handout.properties}. */
    static List<HandoutTemplates.Source> practiceOwn(Path reportsDir) {
        Path handouts = reportsDir.resolve("handouts");
        if (!Files.isDirectory(handouts)) {
            throw new IllegalStateException("hpg.reports.dir: " + handouts.toAbsolutePath()
                    + " is not a folder; it should hold one folder of " + HandoutTemplates.FILE_NAME
                    + " per language, e.g. handouts/en/" + HandoutTemplates.FILE_NAME);
        }
        try (Stream<Path> folders = Files.list(handouts)) {
            return folders.filter(Files::isDirectory).sorted().map(folder -> {
                Path file = folder.resolve(HandoutTemplates.FILE_NAME);
                return new HandoutTemplates.Source(folder.getFileName().toString(), file.toString(),
                        () -> Files.newInputStream(file));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("hpg.reports.dir: cannot list " + handouts, e);
        }
    }
}
