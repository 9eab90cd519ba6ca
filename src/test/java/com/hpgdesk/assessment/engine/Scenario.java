package com.hpgdesk.assessment.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A clinical scenario written as data (src/test/resources/assessment/scenarios): a man's treatment state,
 * labs and lifestyle weeks, the date, and what a clinician expects the tables to say. Results are in the
 * input's canonical unit and may be censored ("&lt; 0.2"); a lab may be marked "generic": true.
 */
record Scenario(String file, String name, LocalDate assessOn, @Nullable LocalDate previous, PatientInputs inputs,
                JsonNode expect) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Override
    public String toString() {
        return file + ": " + name;
    }

    static List<Scenario> all(Path folder) {
        try (var files = Files.list(folder)) {
            List<Scenario> scenarios = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                for (JsonNode node : root.path("scenarios")) {
                    scenarios.add(read(file.getFileName().toString(), node));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario read(String file, JsonNode node) {
        String name = node.path("scenario").asString();
        JsonNode treatmentNode = node.path("treatment");
        TreatmentState treatment = treatmentNode.path("onTreatment").asBoolean(false)
                ? TreatmentState.stillOnTreatment()
                : treatmentNode.has("endOfTreatment") ? TreatmentState.endedOn(date(treatmentNode.path("endOfTreatment")))
                : TreatmentState.unknown();
        List<LabObservation> labs = new ArrayList<>();
        for (JsonNode lab : node.path("labs")) {
            AssessmentInput marker = input(lab.path("marker").asString(), file, name);
            String result = lab.path("result").asString();
            String unit = lab.path("unit").asString(marker.unit());
            if (!unit.equals(marker.unit())) {
                throw new IllegalArgumentException(file + " / " + name + ": write " + marker + " in " + marker.unit());
            }
            labs.add(new LabObservation(marker, date(lab.path("date")), Interval.reported(result), result, unit,
                    !lab.path("generic").asBoolean(false)));
        }
        List<LifestyleObservation> lifestyle = new ArrayList<>();
        for (JsonNode week : node.path("lifestyle")) {
            LocalDate weekOf = date(week.path("week"));
            for (var entry : week.properties()) {
                if (entry.getKey().equals("week")) {
                    continue;
                }
                AssessmentInput measure = input(entry.getKey(), file, name);
                lifestyle.add(entry.getValue().isBoolean()
                        ? LifestyleObservation.answer(measure, weekOf, entry.getValue().asBoolean())
                        : new LifestyleObservation(measure, weekOf, entry.getValue().decimalValue(), null));
            }
        }
        List<ProtocolPhase> phases = new ArrayList<>();
        for (JsonNode phase : node.path("phases")) {
            phases.add(new ProtocolPhase(phase.path("drug").asString(), date(phase.path("start")),
                    phase.has("end") ? date(phase.path("end")) : null));
        }
        return new Scenario(file, name, date(node.path("assessOn")),
                node.has("previousAssessment") ? date(node.path("previousAssessment")) : null,
                new PatientInputs(treatment, labs, lifestyle, phases), node.path("expect"));
    }

    private static AssessmentInput input(String key, String file, String name) {
        return AssessmentInput.byKey(key).orElseThrow(() ->
                new IllegalArgumentException(file + " / " + name + ": unknown input " + key));
    }

    private static LocalDate date(JsonNode node) {
        return LocalDate.parse(node.asString());
    }

    static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
        return map;
    }

}
