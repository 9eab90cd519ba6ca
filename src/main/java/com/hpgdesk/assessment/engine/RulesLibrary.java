package com.hpgdesk.assessment.engine;

import com.hpgdesk.base.ShippedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rules file the app has shipped, by version string, the last one in force. An assessment, a summary
 * and a handout record the version they were made with; keeping the earlier files loadable lets that version
 * be looked up later and its thresholds shown, even after the rules in force have moved on.
 */
public final class RulesLibrary {

    /** The shipped rules files, oldest first; the last is in force. Never remove or edit an entry once shipped. */
    static final List<String> SHIPPED = List.of("/assessment/rules-v1.json", "/assessment/rules-v2.json");

    private static final class Standard {
        static final RulesLibrary INSTANCE = new RulesLibrary(SHIPPED.stream()
                .map(resource -> ShippedFile.read(resource, AssessmentRules::load)).toList());
    }

    private final Map<String, AssessmentRules> byVersion = new LinkedHashMap<>();
    private final AssessmentRules inForce;

    RulesLibrary(List<AssessmentRules> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            throw new IllegalArgumentException("A rules library needs at least one rules file");
        }
        for (AssessmentRules rules : oldestFirst) {
            if (byVersion.putIfAbsent(rules.version(), rules) != null) {
                throw new IllegalArgumentException("Two rules files carry the version " + rules.version());
            }
        }
        inForce = oldestFirst.getLast();
    }

    /** The rules files shipped with the app. */
    public static RulesLibrary standard() {
        return Standard.INSTANCE;
    }

    /** The rules new assessments are made with. */
    public AssessmentRules inForce() {
        return inForce;
    }

    /** The rules of that version, e.g. the one a stored summary or handout names; empty for an unknown version. */
    public Optional<AssessmentRules> version(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** Every version string, oldest first. */
    public List<String> versions() {
        return List.copyOf(byVersion.keySet());
    }
}
