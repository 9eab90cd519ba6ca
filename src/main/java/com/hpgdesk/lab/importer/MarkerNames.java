package com.hpgdesk.lab.importer;

import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the test names reference labs print, which add how and in what the marker was measured:
 * "Testosterone, Total, LC/MS", "Testosterone Total ECLIA", "Testosterone, Serum", "Luteinizing Hormone(LH)".
 * Only words that name a method or a specimen are set aside; words that say which marker it is
 * ("Free", "Total", "Sensitive", "Cardiac", "Fasting", "AM") always count, so a generic name never becomes
 * a more specific marker: the catalogue decides what the remaining name means.
 */
final class MarkerNames {

    /** Methods and specimens, as words of a folded name ("LC/MS/MS" is lc, ms, ms). */
    private static final Set<String> METHOD_OR_SPECIMEN = Set.of(
            "ms", "lc", "lcms", "lcmsms", "msms", "hplc", "gc", "gcms", "ecl", "eclia", "clia", "cmia", "icma",
            "ia", "immunoassay", "ria", "eia", "elisa", "ela", "chemiluminescence", "chemiluminescent", "immunometric",
            "serum", "plasma", "blood", "s", "ser", "plas", "serpl", "serplas", "whole", "venous");
    private static final Pattern PARENTHESIS = Pattern.compile("(.*?)\\(([^()]*)\\)(.*)");

    private final MarkerCatalogue catalogue;

    MarkerNames(MarkerCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Optional<Marker> recognise(String name) {
        Optional<Marker> exact = catalogue.recognise(name);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher m = PARENTHESIS.matcher(name);
        if (!m.matches()) {
            return withoutMethod(name);
        }
        Optional<Marker> outside = withoutMethod(m.group(1) + " " + m.group(3));
        String inside = m.group(2);
        if (words(inside).stream().allMatch(METHOD_OR_SPECIMEN::contains)) {
            return outside;
        }
        // "Luteinizing Hormone(LH)": the bracket holds another name for the marker, which must agree.
        Optional<Marker> named = withoutMethod(inside);
        if (named.isPresent() && (outside.isEmpty() || outside.get() == named.get())) {
            return named;
        }
        return Optional.empty();
    }

    private Optional<Marker> withoutMethod(String name) {
        List<String> kept = new ArrayList<>();
        for (String word : words(name)) {
            if (!METHOD_OR_SPECIMEN.contains(word)) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? Optional.empty() : catalogue.byName(String.join(" ", kept));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            String folded = Columns.fold(word);
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words;
    }
}
