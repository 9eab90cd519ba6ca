package com.hpgdesk.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, kept up to date from the {@code changes} of each Vaadin Flow response
 * (node features as in {@code NodeFeatures}: 0 element data with the tag, 1 properties, 2 children, 3 attributes,
 * 7 a text node's text). Enough to find a component by its {@code id} attribute, tag or text, as a browser test
 * does, and to send it events.
 */
final class UiTree {

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int VIRTUAL_CHILDREN = 24;
    private static final int ROOT = 1;

    /** One state node: its map features by feature id and key, its child lists by feature id. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<Integer>> lists = new HashMap<>();
        final Map<Integer, Map<String, Integer>> nodeValues = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String tag() {
            return text(ELEMENT_DATA, "tag");
        }

        String attribute(String name) {
            return text(ATTRIBUTES, name);
        }

        String property(String name) {
            return text(PROPERTIES, name);
        }

        List<Integer> children() {
            return lists.getOrDefault(CHILDREN, List.of());
        }

        private String text(int feature, String key) {
            JsonNode value = maps.getOrDefault(feature, Map.of()).get(key);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies one response's {@code changes} array. */
    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int nodeId = change.path("node").asInt();
            String type = change.path("type").asString("");
            Node node = nodes.computeIfAbsent(nodeId, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> { }
                case "detach" -> nodes.remove(nodeId);
                case "put" -> {
                    String key = change.path("key").asString();
                    if (change.has("nodeValue")) {
                        node.nodeValues.computeIfAbsent(feature, f -> new HashMap<>()).put(key,
                                change.path("nodeValue").asInt());
                    } else {
                        node.maps.computeIfAbsent(feature, f -> new HashMap<>()).put(key, change.get("value"));
                    }
                }
                case "remove" -> {
                    String key = change.path("key").asString();
                    node.maps.getOrDefault(feature, new HashMap<>()).remove(key);
                    node.nodeValues.getOrDefault(feature, new HashMap<>()).remove(key);
                }
                case "clear" -> {
                    node.maps.remove(feature);
                    node.lists.remove(feature);
                    node.nodeValues.remove(feature);
                }
                case "splice" -> {
                    List<Integer> list = node.lists.computeIfAbsent(feature, f -> new ArrayList<>());
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    JsonNode added = change.has("addNodes") ? change.get("addNodes") : null;
                    if (added != null) {
                        int at = index;
                        for (JsonNode child : added) {
                            list.add(Math.min(at++, list.size()), child.asInt());
                        }
                    }
                }
                default -> { }
            }
        }
    }

    /** The first node in document order (children, then virtual children such as grid cells) that is wanted. */
    Optional<Node> find(Predicate<Node> wanted) {
        return attached().stream().filter(wanted).findFirst();
    }

    /**
     * Nodes reachable from the UI's root, in document order: a node the server has let go of but whose detach
     * this copy missed is never found.
     */
    List<Node> attached() {
        return under(ROOT);
    }

    /** The first node under this one (itself included, document order) that is wanted. */
    Optional<Node> findUnder(Node root, Predicate<Node> wanted) {
        return under(root.id).stream().filter(wanted).findFirst();
    }

    private List<Node> under(int rootId) {
        List<Node> found = new ArrayList<>();
        var pending = new java.util.ArrayDeque<Integer>();
        var seen = new java.util.HashSet<Integer>();
        pending.push(rootId);
        while (!pending.isEmpty()) {
            Node node = nodes.get(pending.pop());
            if (node == null || !seen.add(node.id)) {
                continue;
            }
            found.add(node);
            List<Integer> next = new ArrayList<>(node.children());
            next.addAll(node.lists.getOrDefault(VIRTUAL_CHILDREN, List.of()));
            for (int i = next.size() - 1; i >= 0; i--) {
                pending.push(next.get(i));
            }
        }
        return found;
    }

    Optional<Node> byId(String id) {
        return find(node -> id.equals(node.attribute("id")));
    }

    Optional<Node> byTag(String tag) {
        return find(node -> tag.equals(node.tag()));
    }

    /** The text of a node and all its descendants, as a browser's textContent. */
    String text(Node node) {
        var out = new StringBuilder();
        appendText(node, out, 0);
        return out.toString();
    }

    private void appendText(Node node, StringBuilder out, int depth) {
        if (depth > 50) {
            return;
        }
        JsonNode text = node.maps.getOrDefault(TEXT, Map.of()).get("text");
        if (text != null && !text.isNull()) {
            out.append(text.asString());
        }
        for (int child : node.children()) {
            Node childNode = nodes.get(child);
            if (childNode != null) {
                appendText(childNode, out, depth + 1);
            }
        }
    }

    Node node(int id) {
        return nodes.get(id);
    }

    /** Children that exist in the tree, in order. */
    List<Node> childrenOf(Node node) {
        return node.children().stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
    }

    int size() {
        return nodes.size();
    }

    List<Node> nodes() {
        return attached();
    }
}
