package com.hpgdesk.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every handout template set the practice has, by language folder name ("en", "es"), each checked against
 * the {@link WordingContract} when loaded. A practice adds a language by adding a folder with a
 * {@code handout.properties}; its own folder replaces a shipped language of the same name. Any mistake in any
 * set is reported at once, all of them together, each naming its file and key.
 */
public final class HandoutTemplates {

    public static final String FILE_NAME = "handout.properties";
    private static final Pattern LANGUAGE_FOLDER = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** One template file: its language folder, where it lives, and a way to read it. */
    public record Source(String language, String location, Opener opener) {
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** Template sets that cannot be used: the message lists every problem. */
    public static final class InvalidTemplatesException extends IllegalStateException {
        private final List<String> problems;

        InvalidTemplatesException(List<String> problems) {
            super("The handout templates have " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; fix them and start again:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Map<String, HandoutWording> byLanguage;
    private final String defaultLanguage;

    private HandoutTemplates(Map<String, HandoutWording> byLanguage, String defaultLanguage) {
        this.byLanguage = Collections.unmodifiableMap(byLanguage);
        this.defaultLanguage = defaultLanguage;
    }

    /**
     * Reads and checks every source; a later source of the same language replaces an earlier one (pass the
     * shipped sets first, the practice's own after them).
     *
     * @throws InvalidTemplatesException naming every missing or malformed text
     */
    static HandoutTemplates load(List<Source> sources, WordingContract contract, String defaultLanguage) {
        Map<String, Source> chosen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Source source : sources) {
            if (!LANGUAGE_FOLDER.matcher(source.language()).matches()) {
                problems.add(source.location() + ": the folder name '" + source.language()
                        + "' is not a language code such as en, es or pt-BR");
                continue;
            }
            chosen.put(source.language(), source);
        }
        Map<String, HandoutWording> loaded = new TreeMap<>();
        for (Source source : chosen.values()) {
            try {
                Map<String, String> texts = read(source);
                List<String> found = contract.problems(source.location(), texts);
                if (found.isEmpty()) {
                    loaded.put(source.language(), new HandoutWording(source.language(), source.location(), texts));
                }
                problems.addAll(found);
            } catch (CharacterCodingException e) {
                problems.add(source.location() + ": not saved as UTF-8");
            } catch (IOException | IllegalArgumentException e) {
                problems.add(source.location() + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        if (problems.isEmpty() && !loaded.containsKey(defaultLanguage)) {
            problems.add("No template set for the default handout language '" + defaultLanguage + "'; found "
                    + loaded.keySet());
        }
        if (!problems.isEmpty()) {
            throw new InvalidTemplatesException(problems);
        }
        return new HandoutTemplates(loaded, defaultLanguage);
    }

    private static Map<String, String> read(Source source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var properties = new Properties();
        try (InputStream in = source.opener().open(); Reader reader = new InputStreamReader(in, decoder)) {
            properties.load(reader);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key).strip()));
        return texts;
    }

    /** The language folder names, sorted. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public Optional<HandoutWording> wording(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    public HandoutWording wordingOrDefault(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(defaultLanguage));
    }
}
