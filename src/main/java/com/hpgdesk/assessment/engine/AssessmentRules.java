package com.hpgdesk.assessment.engine;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules file in force: every threshold, every row's wiring, freshness windows, wording and references,
 * under one version string that each assessment records. Checked completely on load; a malformed file is
 * refused with every problem named by row and input.
 *
 * @param staleWeight how much a stale input counts, from 0 (not at all) to 1 (fully)
 * @param dominance how many times the weight of one side must exceed the other's for a clear verdict;
 *                  closer than that reads MIXED
 * @param evaluationOrder every row, each after the rows whose verdicts it reads
 */
public record AssessmentRules(String version, String about, int labFreshWeeks, int lifestyleFreshWeeks,
                              BigDecimal staleWeight, String staleRule, BigDecimal dominance,
                              List<TableRules> tables, RecoveryRules recovery, List<Reference> references,
                              List<RowRules> evaluationOrder) {

    /** Classpath location of the rules file in force; earlier ones stay loadable through {@link RulesLibrary}. */
    public static final String STANDARD_RESOURCE = "/assessment/rules-v2.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The rules in force ({@value #STANDARD_RESOURCE}), the last of {@link RulesLibrary#standard()}. */
    public static AssessmentRules standard() {
        return RulesLibrary.standard().inForce();
    }

    /**
     * Reads and checks a rules file.
     *
     * @throws InvalidRulesException listing every problem found
     */
    public static AssessmentRules load(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidRulesException(sourceName, List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        return new Reader(sourceName).rules(root);
    }

    public List<RowRules> rows() {
        return tables.stream().flatMap(table -> table.rows().stream()).toList();
    }

    public Optional<RowRules> row(String key) {
        return rows().stream().filter(row -> row.key().equals(key)).findFirst();
    }

    /** A rules file that cannot be used, with every problem found in it. */
    public static final class InvalidRulesException extends IllegalArgumentException {
        private final List<String> problems;

        InvalidRulesException(String source, List<String> problems) {
            super("Rules file " + source + " has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Turns the JSON tree into rules while collecting every problem with its place in the file. */
    private static final class Reader {
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Reference> references = new LinkedHashMap<>();

        Reader(String source) {
            this.source = source;
        }

        AssessmentRules rules(JsonNode root) {
            if (!root.isObject()) {
                throw new InvalidRulesException(source, List.of("the top level must be an object"));
            }
            String version = text(root, "version", "file");
            String about = text(root, "about", "file");
            JsonNode freshness = root.path("freshness");
            Integer labWeeks = whole(freshness, "labWeeks", "freshness", 1, 260);
            Integer lifestyleWeeks = whole(freshness, "lifestyleWeeks", "freshness", 1, 260);
            BigDecimal staleWeight = number(freshness, "staleWeight", "freshness", true);
            if (staleWeight != null && (staleWeight.signum() < 0 || staleWeight.compareTo(BigDecimal.ONE) > 0)) {
                problems.add("freshness: \"staleWeight\" must be from 0 (stale inputs do not count) to 1");
            }
            String staleRule = text(freshness, "rule", "freshness");
            BigDecimal dominance = number(root, "dominance", "file", true);
            if (dominance != null && dominance.compareTo(BigDecimal.ONE) < 0) {
                problems.add("file: \"dominance\" must be at least 1");
            }
            references(root.path("references"));
            RecoveryRules recovery = recovery(root.path("recovery"));
            List<TableRules> tables = tables(root.path("tables"));
            List<RowRules> order = tables.isEmpty() ? List.of() : evaluationOrder(tables);
            if (!problems.isEmpty() || version == null || about == null || labWeeks == null
                    || lifestyleWeeks == null || staleWeight == null || staleRule == null || dominance == null
                    || recovery == null) {
                throw new InvalidRulesException(source, problems.isEmpty() ? List.of("incomplete file") : problems);
            }
            return new AssessmentRules(version, about, labWeeks, lifestyleWeeks, staleWeight, staleRule, dominance,
                    tables, recovery, List.copyOf(references.values()), order);
        }

        private void references(JsonNode node) {
            if (!node.isObject() || node.isEmpty()) {
                problems.add("file: \"references\" must be an object of key → citation");
                return;
            }
            for (var entry : node.properties()) {
                if (entry.getValue().isString() && !entry.getValue().asString().isBlank()) {
                    references.put(entry.getKey(), new Reference(entry.getKey(), entry.getValue().asString().strip()));
                } else {
                    problems.add("reference " + entry.getKey() + ": must be a non-empty citation");
                }
            }
        }

        private List<Reference> referenceList(JsonNode node, String where) {
            List<Reference> result = new ArrayList<>();
            if (!node.isArray() || node.isEmpty()) {
                problems.add(where + ": \"references\" must list at least one reference key");
                return result;
            }
            for (JsonNode item : node) {
                Reference reference = references.get(item.asString(""));
                if (reference == null) {
                    problems.add(where + ": unknown reference \"" + item.asString("") + "\" (known: "
                            + String.join(", ", references.keySet()) + ")");
                } else {
                    result.add(reference);
                }
            }
            return result;
        }

        private @Nullable RecoveryRules recovery(JsonNode node) {
            String where = "recovery";
            if (!node.isObject()) {
                problems.add("file: \"recovery\" must be an object");
                return null;
            }
            Threshold testosterone = threshold(node.path("testosterone"), AssessmentInput.TOTAL_TESTOSTERONE,
                    where + " testosterone");
            Threshold lh = threshold(node.path("lh"), AssessmentInput.LH, where + " LH");
            Threshold sperm = threshold(node.path("sperm"), AssessmentInput.SPERM_CONCENTRATION, where + " sperm");
            Integer delayed = whole(node, "delayedAfterMonths", where, 1, 60);
            Integer behind = whole(node, "behindTheCurveAfterMonths", where, 1, 60);
            String rule = text(node, "rule", where);
            List<Reference> refs = referenceList(node.path("references"), where);
            if (testosterone == null || lh == null || sperm == null || delayed == null || behind == null
                    || rule == null) {
                return null;
            }
            return new RecoveryRules(testosterone, lh, sperm, delayed, behind, rule, refs);
        }

        private List<TableRules> tables(JsonNode node) {
            if (!node.isArray() || node.isEmpty()) {
                problems.add("file: \"tables\" must be a non-empty array");
                return List.of();
            }
            Set<String> rowKeys = new LinkedHashSet<>();
            List<TableRules> tables = new ArrayList<>();
            for (JsonNode table : node) {
                String where = "table " + table.path("key").asString("?");
                String key = text(table, "key", where);
                String title = text(table, "title", where);
                String proHeading = text(table, "proHeading", where);
                String antiHeading = text(table, "antiHeading", where);
                List<RowRules> rows = new ArrayList<>();
                JsonNode rowNodes = table.path("rows");
                if (!rowNodes.isArray() || rowNodes.isEmpty()) {
                    problems.add(where + ": \"rows\" must be a non-empty array");
                }
                for (JsonNode rowNode : rowNodes) {
                    RowRules row = row(rowNode);
                    if (row != null) {
                        if (!rowKeys.add(row.key())) {
                            problems.add("row " + row.key() + ": duplicate row (each row key appears once)");
                        }
                        rows.add(row);
                    }
                }
                if (key != null && title != null && proHeading != null && antiHeading != null) {
                    tables.add(new TableRules(key, title, proHeading, antiHeading, List.copyOf(rows)));
                }
            }
            for (TableRules table : tables) {
                for (RowRules row : table.rows()) {
                    for (String other : row.dependsOn()) {
                        if (!rowKeys.contains(other)) {
                            problems.add("row " + row.key() + ": unknown input row \"" + other + "\"");
                        }
                    }
                    for (String decisive : row.decisive()) {
                        boolean wired = row.criteria().stream().anyMatch(c -> inputKey(c).equals(decisive));
                        if (!wired) {
                            problems.add("row " + row.key() + ": decisive input \"" + decisive
                                    + "\" is not one of the row's inputs");
                        }
                    }
                }
            }
            return tables;
        }

        private @Nullable RowRules row(JsonNode node) {
            String key = text(node, "key", "row ?");
            String where = "row " + (key == null ? "?" : key);
            String title = text(node, "title", where);
            Basis basis = enumValue(Basis.class, node.path("basis"), where + " basis");
            JsonNode unmeasurableNode = node.path("unmeasurable");
            String unmeasurable = unmeasurableNode.isString() ? unmeasurableNode.asString().strip() : null;
            boolean recoveryRow = node.path("recoveryRow").asBoolean(false);
            boolean observed = node.path("observedRecovery").asBoolean(false);
            String pro = text(node, "pro", where);
            String anti = text(node, "anti", where);
            List<Reference> refs = referenceList(node.path("references"), where);
            List<Criterion> criteria = new ArrayList<>();
            JsonNode inputs = node.path("inputs");
            if (!observed && (!inputs.isArray() || inputs.isEmpty())) {
                problems.add(where + ": \"inputs\" must be a non-empty array");
            }
            int index = 0;
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode input : inputs) {
                index++;
                Criterion criterion = criterion(input, where + " input #" + index);
                if (criterion != null) {
                    if (!seen.add(criterion.getClass().getSimpleName() + inputKey(criterion))) {
                        problems.add(where + ": input " + inputKey(criterion) + " is wired twice the same way");
                    }
                    criteria.add(criterion);
                }
            }
            List<String> decisive = new ArrayList<>();
            for (JsonNode item : node.path("decisive")) {
                decisive.add(item.asString(""));
            }
            if (key == null || title == null || basis == null || pro == null || anti == null) {
                return null;
            }
            return new RowRules(key, title, basis, unmeasurable, recoveryRow, observed, pro, anti,
                    List.copyOf(criteria), List.copyOf(decisive), refs);
        }

        private @Nullable Criterion criterion(JsonNode node, String where) {
            BigDecimal weight = number(node, "weight", where, true);
            if (weight != null && weight.signum() <= 0) {
                problems.add(where + ": \"weight\" must be above 0");
            }
            String gap = text(node, "gap", where);
            if (node.has("row")) {
                String row = node.path("row").asString("");
                return weight == null || gap == null ? null : new Criterion.OnRow(row, weight, gap);
            }
            if (node.has("trend")) {
                AssessmentInput input = input(node.path("trend"), where);
                if (input == null) {
                    return null;
                }
                String at = where + " (" + input + " trend)";
                Threshold target = threshold(node.path("target"), input, at + " target");
                BigDecimal rise = number(node, "risePercent", at, true);
                Integer window = whole(node, "windowWeeks", at, 1, 520);
                Integer afterEnd = whole(node, "afterEndWeeks", at, 0, 520);
                if (target == null || rise == null || window == null || afterEnd == null || weight == null
                        || gap == null) {
                    return null;
                }
                return new Criterion.OnTrend(input, target, rise, window, afterEnd, weight, gap);
            }
            AssessmentInput input = input(node.path("input"), where);
            if (input == null) {
                return null;
            }
            String at = where + " (" + input + ")";
            Criterion.Counts counts = node.has("counts")
                    ? enumValue(Criterion.Counts.class, node.path("counts"), at + " counts")
                    : Criterion.Counts.BOTH;
            if (input.source() == AssessmentInput.Source.ANSWER) {
                JsonNode hindersIf = node.path("hindersIf");
                if (!hindersIf.isBoolean()) {
                    problems.add(at + ": a yes/no input needs \"hindersIf\": true or false");
                    return null;
                }
                return weight == null || gap == null || counts == null ? null
                        : new Criterion.OnAnswer(input, hindersIf.asBoolean(), weight, counts, gap);
            }
            Threshold hinders = threshold(node.path("hinders"), input, at);
            Integer fresh = node.has("freshWeeks") ? whole(node, "freshWeeks", at, 1, 520) : null;
            Integer afterEnd = node.has("hindersOnlyAfterEndWeeks")
                    ? whole(node, "hindersOnlyAfterEndWeeks", at, 0, 520) : null;
            Criterion.Condition when = null;
            if (node.has("hindersWhen")) {
                AssessmentInput other = input(node.path("hindersWhen").path("input"), at + " hindersWhen");
                Threshold condition = other == null ? null
                        : threshold(node.path("hindersWhen"), other, at + " hindersWhen");
                if (condition == null) {
                    return null;
                }
                when = new Criterion.Condition(other, condition);
            }
            if (hinders == null || weight == null || gap == null || counts == null) {
                return null;
            }
            return new Criterion.OnThreshold(input, hinders, weight, counts, fresh, afterEnd, when, gap);
        }

        /** Reads {"side": ">", "value": 3, "unit": "mg/L"} and checks the unit is the input's canonical one. */
        private @Nullable Threshold threshold(JsonNode node, AssessmentInput input, String where) {
            if (!node.isObject()) {
                problems.add(where + ": missing threshold (an object with side, value and unit)");
                return null;
            }
            Threshold.Side side = Threshold.Side.parse(node.path("side").asString("")).orElse(null);
            if (side == null) {
                problems.add(where + ": threshold \"side\" must be one of >, >=, <, <=");
            }
            BigDecimal value = number(node, "value", where + " threshold", true);
            if (!node.path("unit").isString()) {
                problems.add(where + ": threshold has no \"unit\" (" + input + " is judged in " + input.unit() + ")");
                return null;
            }
            String unit = node.path("unit").asString().strip();
            if (!unit.equals(input.unit())) {
                problems.add(where + ": wrong unit \"" + unit + "\" for " + input + " (thresholds must be in "
                        + input.unit() + ")");
                return null;
            }
            return side == null || value == null ? null : new Threshold(side, value, unit);
        }

        private @Nullable AssessmentInput input(JsonNode node, String where) {
            String key = node.asString("");
            Optional<AssessmentInput> input = AssessmentInput.byKey(key);
            if (input.isEmpty()) {
                problems.add(where + ": unknown marker or input \"" + key + "\" (known: "
                        + Arrays.stream(AssessmentInput.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")");
                return null;
            }
            return input.get();
        }

        private List<RowRules> evaluationOrder(List<TableRules> tables) {
            Map<String, RowRules> byKey = new LinkedHashMap<>();
            tables.forEach(table -> table.rows().forEach(row -> byKey.putIfAbsent(row.key(), row)));
            List<RowRules> order = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            Set<String> visiting = new LinkedHashSet<>();
            for (RowRules row : byKey.values()) {
                visit(row, byKey, done, visiting, order);
            }
            return List.copyOf(order);
        }

        private void visit(RowRules row, Map<String, RowRules> byKey, Set<String> done, Set<String> visiting,
                           List<RowRules> order) {
            if (done.contains(row.key())) {
                return;
            }
            if (!visiting.add(row.key())) {
                problems.add("row " + row.key() + ": its inputs read its own verdict in a circle (" 
                        + String.join(" → ", visiting) + ")");
                return;
            }
            for (String dependency : row.dependsOn()) {
                RowRules other = byKey.get(dependency);
                if (other != null) {
                    visit(other, byKey, done, visiting, order);
                }
            }
            visiting.remove(row.key());
            if (done.add(row.key())) {
                order.add(row);
            }
        }

        private @Nullable String text(JsonNode node, String field, String where) {
            JsonNode value = node.path(field);
            if (!value.isString() || value.asString().isBlank()) {
                problems.add(where + ": \"" + field + "\" must be a non-empty string");
                return null;
            }
            return value.asString().strip();
        }

        private @Nullable BigDecimal number(JsonNode node, String field, String where, boolean required) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    problems.add(where + ": missing \"" + field + "\"");
                }
                return null;
            }
            if (!value.isNumber()) {
                problems.add(where + ": \"" + field + "\" must be a number");
                return null;
            }
            return value.decimalValue();
        }

        private @Nullable Integer whole(JsonNode node, String field, String where, int min, int max) {
            JsonNode value = node.path(field);
            if (!value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
                problems.add(where + ": \"" + field + "\" must be a whole number from " + min + " to " + max);
                return null;
            }
            return value.asInt();
        }

        private <E extends Enum<E>> @Nullable E enumValue(Class<E> type, JsonNode node, String where) {
            try {
                return Enum.valueOf(type, node.asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": \"" + node.asString("") + "\" must be one of "
                        + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }
    }

    static String inputKey(Criterion criterion) {
        return switch (criterion) {
            case Criterion.OnThreshold c -> c.input().name();
            case Criterion.OnAnswer c -> c.input().name();
            case Criterion.OnTrend c -> c.input().name();
            case Criterion.OnRow c -> c.row();
        };
    }
}
