package com.hpgdesk.handout;

import com.hpgdesk.assessment.curve.RecoveryMarker;
import com.hpgdesk.assessment.engine.AssessmentRules;
import com.hpgdesk.assessment.engine.RecoveryStatus;
import com.hpgdesk.assessment.engine.RowRules;
import com.hpgdesk.assessment.engine.TableRules;
import com.hpgdesk.assessment.engine.Verdict;
import com.hpgdesk.lab.Flag;
import com.hpgdesk.lab.Marker;
import com.hpgdesk.lab.MarkerCatalogue;
import com.hpgdesk.protocol.Frequency;
import com.hpgdesk.protocol.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a handout template set must hold: every key the handout prints, each with the placeholders it may
 * use. Keys follow the rules file, the marker catalogue and the enums they name, so a new table row or marker
 * is missing from every template set until someone words it for patients.
 */
final class WordingContract {

    /** Keys that may be present or not; any other key the contract does not name is a mistake. */
    static final List<String> OPTIONAL_PREFIXES = List.of("unit.");

    private final Map<String, Set<String>> required = new LinkedHashMap<>();

    WordingContract(AssessmentRules rules, MarkerCatalogue catalogue) {
        plain("template.version", "language.name", "language.locale");
        with("document.title", "patient", "date");
        plain("document.heading", "document.subject", "header.patient", "header.born", "header.date",
                "header.clinician", "status.heading", "status.onTreatment", "status.noCourse");
        with("status.lastDoseActing", "endOfTreatment");
        with("status.afterTreatment", "endOfTreatment", "months", "weeks");
        for (RecoveryStatus status : RecoveryStatus.values()) {
            plain("recovery." + status.name());
        }
        plain("results.heading", "results.intro", "results.none", "results.col.test", "results.col.value",
                "results.col.range", "results.col.date", "results.col.meaning", "results.history.heading",
                "results.history.intro");
        for (Flag flag : Flag.values()) {
            plain("flag." + flag.name());
        }
        plain("chart.heading", "chart.intro", "chart.alt", "chart.none");
        // The recovery chart's own words: the same drawing as on screen, in the handout's language.
        plain("chart.title", "chart.axis.months", "chart.endOfTreatment", "chart.patientValues", "chart.beyondLimit",
                "chart.monthsShort", "chart.percentAxis");
        for (RecoveryMarker marker : RecoveryMarker.values()) {
            plain("chart.panel." + marker.name());
        }
        with("chart.criteria.legend", "source");
        with("chart.milestones.legend", "expected", "delayed", "source");
        with("chart.spermThreshold.legend", "source");
        with("chart.spermCurve.legend", "source");
        with("chart.spermCurve.summary", "source");
        with("chart.sources.hormonal", "citation");
        with("chart.sources.sperm", "citation");
        plain("tables.heading", "tables.intro", "tables.col.topic", "tables.col.verdict", "tables.col.meaning");
        with("tables.gaps", "count");
        for (TableRules table : rules.tables()) {
            plain("table." + table.key() + ".title");
        }
        for (Verdict verdict : Verdict.values()) {
            plain("verdict." + verdict.name());
        }
        for (RowRules row : rules.rows()) {
            plain("row." + row.key() + ".title", "row." + row.key() + ".helps", "row." + row.key() + ".hinders");
        }
        plain("plan.heading", "plan.intro");
        for (PlanTopic topic : PlanTopic.values()) {
            plain("plan." + topic.name() + ".heading", "plan." + topic.name() + ".keep",
                    "plan." + topic.name() + ".unknown");
            topic.inputs().forEach(input -> plain("advice." + input.name()));
        }
        plain("plan.medication.heading", "plan.medication.none", "plan.medication.col.medicine",
                "plan.medication.col.dose", "plan.medication.col.how", "plan.medication.col.often",
                "plan.medication.col.from", "plan.medication.col.until", "plan.medication.ongoing");
        with("plan.medication.intro", "from", "to");
        for (Route route : Route.values()) {
            plain("route." + route.name());
        }
        for (Frequency frequency : Frequency.values()) {
            plain("frequency." + frequency.name());
        }
        with("plan.nextLabs", "date");
        plain("plan.nextLabs.none", "references.heading", "references.intro", "disclaimer");
        with("footer.text", "practice", "patient", "date");
        with("footer.page", "page", "pages");
        for (Marker marker : catalogue.markers()) {
            plain("marker." + marker.key().value());
        }
    }

    private void plain(String... keys) {
        for (String key : keys) {
            required.put(key, Set.of());
        }
    }

    private void with(String key, String... placeholders) {
        required.put(key, Set.of(placeholders));
    }

    Set<String> keys() {
        return required.keySet();
    }

    /** Every mistake of one template set, each naming the file and the key; empty when it is complete. */
    List<String> problems(String source, Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        for (String key : required.keySet()) {
            String text = texts.get(key);
            if (text == null) {
                problems.add(source + ": missing '" + key + "'");
            } else if (text.isBlank()) {
                problems.add(source + ": '" + key + "' is empty");
            }
        }
        texts.forEach((key, text) -> {
            Set<String> allowed = required.get(key);
            if (allowed == null && OPTIONAL_PREFIXES.stream().noneMatch(key::startsWith)) {
                problems.add(source + ": unknown key '" + key + "' (misspelt? the handout never prints it)");
                return;
            }
            Set<String> may = allowed == null ? Set.of() : allowed;
            Matcher matcher = HandoutWording.PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                if (!may.contains(matcher.group(1))) {
                    problems.add(source + ": '" + key + "' uses the unknown placeholder {" + matcher.group(1) + "}"
                            + (may.isEmpty() ? "; it takes none" : "; it may use " + may.stream().sorted()
                            .map(name -> "{" + name + "}").toList()));
                }
            }
            String unmatched = matcher.replaceAll("");
            if (unmatched.indexOf('{') >= 0 || unmatched.indexOf('}') >= 0) {
                problems.add(source + ": '" + key + "' has an unbalanced { or }");
            }
        });
        if (problems.isEmpty()) {
            String locale = texts.get("language.locale");
            if (locale != null && java.util.Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
                problems.add(source + ": 'language.locale' is not a language tag such as en-GB: '" + locale + "'");
            }
        }
        return problems;
    }
}
