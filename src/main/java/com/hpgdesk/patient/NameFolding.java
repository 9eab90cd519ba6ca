package com.hpgdesk.patient;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names folded for search: any script written in lower-case Latin ASCII words, so that a clinician typing
 * plain Latin letters finds "Paweł", "Søren Bjørnstad", "Trần Đình", "D'Angelo", "Straße" or "Дмитрий".
 * ICU's transliteration handles letters that Unicode decomposition leaves alone (ł, ø, đ, æ, ß, ı) and
 * whole scripts (Cyrillic, Greek, Han, kana, Hangul, Arabic, Hebrew). Apostrophes, hyphens and dots are
 * dropped so "dangelo" finds "D'Angelo"; any other punctuation separates words.
 *
 * <p>ICU's generic Cyrillic and Greek transliteration is the scholarly one (Щербаков → "scerbakov",
 * Юлия → "ulia", Χρήστος → "chrestos"), which nobody types. A stored name in those scripts therefore also
 * keeps the common English spellings (BGN/PCGN for Russian and Ukrainian, UN for Greek: "shcherbakov",
 * "yuliya", "christos"), and a German name with an umlaut keeps its ue/oe/ae spelling ("mueller"). A search
 * text is folded with the generic transliteration alone, which every stored name contains, so a query in
 * the original script still finds it.
 *
 * <p>Transliterators are stateless and may be shared between threads (ICU4J's Transliterator Javadoc).
 */
final class NameFolding {

    /** Length of the {@code patient.search_name} column (V10). */
    static final int MAX_LENGTH = 1000;

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator RUSSIAN = Transliterator.getInstance(
            "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator UKRAINIAN = Transliterator.getInstance(
            "Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator GREEK = Transliterator.getInstance(
            "Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII; Lower");
    /** Müller is also written Mueller, and searched for so. */
    private static final Transliterator GERMAN = Transliterator.getInstance("de-ASCII; Any-Latin; Latin-ASCII; Lower");
    private static final Pattern UMLAUT = Pattern.compile("[äöüÄÖÜ]");

    /** Joins the parts of a word: D'Angelo, O’Brien, Wiśniewski-Ødegård, St. John, and ICU's ʿ and ʼ. */
    private static final Pattern JOINING = Pattern.compile("[\\p{Pd}\\p{Pc}\\p{Pi}\\p{Pf}'`´.\\p{Lm}\\p{M}]+");
    private static final Pattern SEPARATING = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFolding() {
    }

    /** A search text (or any text) folded with the generic transliteration: lower-case words, one space apart. */
    static String fold(String text) {
        return words(isPlainAscii(text) ? text.toLowerCase(java.util.Locale.ROOT) : TO_LATIN.transliterate(text));
    }

    /**
     * What is stored to search a patient by: the folded name, then further spellings of its words. Chinese
     * characters come out of ICU one syllable apart ("xiao ming"), so each word is also kept joined up as it is
     * usually written ("xiaoming"); Cyrillic and Greek names also keep their common English spellings. The
     * folded name always comes first, so a query folded by {@link #fold} in any script finds it.
     */
    static String searchName(String givenName, String familyName) {
        String name = givenName.strip() + " " + familyName.strip();
        Set<String> words = new LinkedHashSet<>();
        addWords(words, fold(name));
        for (String word : name.split("\\s+")) {
            if (!isPlainAscii(word)) {
                words.add(fold(word).replace(" ", ""));
            }
        }
        for (var spelling : commonSpellings(name)) {
            addWords(words, words(spelling.transliterate(name)));
        }
        words.remove("");
        return String.join(" ", words);
    }

    private static void addWords(Set<String> words, String folded) {
        words.addAll(List.of(folded.split(" ")));
    }

    private static List<Transliterator> commonSpellings(String name) {
        boolean cyrillic = false;
        boolean greek = false;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int script = UScript.getScript(codePoint);
            cyrillic |= script == UScript.CYRILLIC;
            greek |= script == UScript.GREEK;
            i += Character.charCount(codePoint);
        }
        List<Transliterator> spellings = new ArrayList<>();
        if (cyrillic) {
            spellings.add(RUSSIAN);
            spellings.add(UKRAINIAN);
        }
        if (greek) {
            spellings.add(GREEK);
        }
        if (UMLAUT.matcher(name).find()) {
            spellings.add(GERMAN);
        }
        return spellings;
    }

    private static String words(String latin) {
        String joined = JOINING.matcher(latin).replaceAll("");
        return SEPARATING.matcher(joined).replaceAll(" ").strip();
    }

    private static boolean isPlainAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
