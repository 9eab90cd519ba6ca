package com.hpgdesk.handout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's handout wording: every text a handout prints, by key, with {@code {name}} placeholders the
 * handout fills in. Made only by {@link HandoutTemplates}, which has checked every key and placeholder against
 * {@link WordingContract}, so a lookup here cannot miss.
 *
 * @param language the template set's folder name, e.g. "en"
 * @param source where the wording was read from, for messages
 */
public record HandoutWording(String language, String source, Map<String, String> texts) {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public HandoutWording {
        texts = Map.copyOf(texts);
    }

    /** The wording's own version, printed on nothing but stored with every handout made from it. */
    public String version() {
        return text("template.version");
    }

    public String languageName() {
        return text("language.name");
    }

    /** The locale numbers and dates are written in. */
    public Locale locale() {
        return Locale.forLanguageTag(text("language.locale"));
    }

    /** A text without placeholders. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException(source + " has no text '" + key + "'");
        }
        return text;
    }

    /** A text with its placeholders filled in; values are inserted as they are, never read as wording. */
    public String text(String key, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text(key));
        var out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The handout did not fill {" + matcher.group(1) + "} of '"
                        + key + "' in " + source);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** An optional text, such as a unit as a patient reads it. */
    public Optional<String> optional(String key) {
        return Optional.ofNullable(texts.get(key));
    }
}
