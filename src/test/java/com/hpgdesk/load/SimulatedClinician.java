package com.hpgdesk.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One clinician's browser tab, reduced to what the server sees: Spring Security's form sign-in, then Vaadin
 * Flow's own protocol. A page load is the route's HTML and the {@code ?v-r=init} request, which creates the UI
 * (its id, its CSRF token {@code Vaadin-Security-Key}); the client router then asks the server for the view with
 * a {@code ui-navigate} event on the UI's node 1. Every later step is a UIDL request
 * ({@code POST ?v-r=uidl&v-uiId=N}) carrying {@code syncId} (the last server message seen) and {@code clientId}
 * (this client's message counter), whose answer's {@code changes} keep a {@link UiTree} in step, from which
 * components are found by id, tag or text as a browser test finds them.
 *
 * <p>Every request names its action in {@link LoadDesk#ACTION_HEADER}, so the server adds up its CPU per action.
 * Every request has a timeout; a failure throws {@link ActionFailed}.
 */
final class SimulatedClinician {

    static final class ActionFailed extends RuntimeException {
        ActionFailed(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PATIENT_LINK = Pattern.compile("patient/(\\d+)");

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private UiTree tree = new UiTree();
    private String securityKey = "";
    private int uiId;
    private int syncId;
    private int clientId;
    private JsonNode lastAnswer = JSON.createObjectNode();

    SimulatedClinician(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The sign-in page, then the form post that {@code vaadin-login-form} sends, with the page's CSRF token. */
    void signIn(String username, String password) {
        String page = get("login", "sign-in").body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new ActionFailed("no CSRF token on the sign-in page");
        }
        String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = send(HttpRequest.newBuilder(base.resolve("login")).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header(LoadDesk.ACTION_HEADER, "sign-in")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new ActionFailed("sign-in refused: " + response.statusCode() + " " + location);
        }
    }

    /** A full page load of a route, as typing its address: the page, a new UI, and the view. */
    void load(String route, String action) {
        get(route, action);
        String details = "&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1";
        var init = get("?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=" + details,
                action);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!uidl.has("Vaadin-Security-Key")) {
            throw new ActionFailed("init answered without a UI: " + abbreviate(init.body()));
        }
        tree = new UiTree();
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl.path("changes"));
        navigate(route, action);
    }

    /** What the client router sends for a router link: the {@code ui-navigate} event on the UI. */
    void navigate(String route, String action) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        uidl(action, event(1, "ui-navigate", data));
    }

    /** Types into the page's search field: its value, synchronised, and the debounced input event. */
    void search(String text, String action) {
        var field = tree.byTag("vaadin-text-field").orElseThrow(() -> new ActionFailed("no search field"));
        uidl(action, sync(field.id, "value", JSON.getNodeFactory().stringNode(text)),
                event(field.id, "input", JSON.createObjectNode().put("for", "trailing")));
    }

    /** Selects a tab by its label, as a click on it does: the tabs' {@code selected} index and its event. */
    void selectTab(String label, String action) {
        var tabs = tree.byTag("vaadin-tabs").orElseThrow(() -> new ActionFailed("no tabs on the page"));
        List<UiTree.Node> tabList = tree.childrenOf(tabs);
        int index = -1;
        for (int i = 0; i < tabList.size(); i++) {
            if (label.equals(tree.text(tabList.get(i)).trim())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new ActionFailed("no tab " + label + " among " + tabList.stream().map(tree::text).toList());
        }
        uidl(action, sync(tabs.id, "selected", JSON.getNodeFactory().numberNode(index)),
                event(tabs.id, "selected-changed", JSON.createObjectNode()));
    }

    /** A click on the component with this id attribute, with the mouse event's data a browser sends. */
    void click(String id, String action) {
        var button = tree.byId(id).orElseThrow(() -> new ActionFailed("no element with id " + id));
        click(button, action);
    }

    void click(UiTree.Node node, String action) {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.button", "event.screenX",
                "event.screenY")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        uidl(action, event(node.id, "click", data));
    }

    /**
     * Enters a lab report with one result through the Labs tab's dialog, as a clinician types it: the collection
     * date, the lab, the marker (the combo box first asks for its items, as its connector does when opened, and is
     * then set by the key the server gave the item), the value, then Save. The Labs tab must be showing.
     */
    void enterLabReport(java.time.LocalDate collected, String lab, String marker, String value, String action) {
        click(byTagAndText("vaadin-button", "Enter lab report").orElseThrow(
                () -> new ActionFailed("no Enter lab report button")), action);
        // The newest open dialog: the one the click opened.
        var dialog = tree.attached().stream()
                .filter(node -> "vaadin-dialog".equals(node.tag()) && "true".equals(node.property("opened")))
                .max(java.util.Comparator.comparingInt(node -> node.id))
                .orElseThrow(() -> new ActionFailed("no open dialog"));
        var date = tree.findUnder(dialog, node -> "vaadin-date-picker".equals(node.tag()))
                .orElseThrow(() -> new ActionFailed("no collection date field"));
        var labName = tree.findUnder(dialog, node -> "vaadin-text-field".equals(node.tag())
                && "Lab".equals(node.property("label"))).orElseThrow(() -> new ActionFailed("no Lab field"));
        var combo = tree.findUnder(dialog, node -> "vaadin-combo-box".equals(node.tag()))
                .orElseThrow(() -> new ActionFailed("no marker field"));
        ObjectNode range = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", combo.id)
                .put("templateEventMethodName", "setViewportRange").put("promise", 0);
        range.putArray("templateEventMethodArgs").add(0).add(100).add("");
        uidl(action, range);
        String key = null;
        for (JsonNode call : lastAnswer.path("execute")) {
            for (JsonNode argument : call) {
                if (argument.isArray()) {
                    for (JsonNode item : argument) {
                        if (marker.equals(item.path("label").asString(null))) {
                            key = item.path("key").asString();
                        }
                    }
                }
            }
        }
        if (key == null) {
            throw new ActionFailed("the marker list has no " + marker + ": " + abbreviate(lastAnswer.toString()));
        }
        var factory = JSON.getNodeFactory();
        uidl(action, sync(date.id, "value", factory.stringNode(collected.toString())),
                event(date.id, "change", JSON.createObjectNode()),
                sync(labName.id, "value", factory.stringNode(lab)), event(labName.id, "change", JSON.createObjectNode()),
                sync(combo.id, "value", factory.stringNode(key)),
                event(combo.id, "value-changed", JSON.createObjectNode()));
        var valueField = tree.findUnder(dialog, node -> "vaadin-text-field".equals(node.tag())
                && "Value".equals(node.property("label"))).orElseThrow(() -> new ActionFailed("no Value field"));
        uidl(action, sync(valueField.id, "value", factory.stringNode(value)),
                event(valueField.id, "change", JSON.createObjectNode()));
        click(tree.findUnder(dialog, node -> "vaadin-button".equals(node.tag())
                && "Save report".equals(tree.text(node).trim())).orElseThrow(() -> new ActionFailed("no Save report")),
                action);
        // The notification's text is a property of vaadin-notification, not a child element.
        var notices = tree.attached().stream().filter(node -> "vaadin-notification".equals(node.tag()))
                .map(node -> String.valueOf(node.property("text")) + tree.text(node)).toList();
        if (notices.stream().noneMatch(notice -> notice.startsWith("Saved the lab report"))) {
            throw new ActionFailed("the report was not saved: " + notices);
        }
        // The browser tells a dialog it closed once its closing animation ends; the server then removes it.
        for (var closed : tree.attached()) {
            if ("vaadin-dialog".equals(closed.tag()) && "false".equals(closed.property("opened"))) {
                uidl(action, event(closed.id, "closed", JSON.createObjectNode()));
            }
        }
    }

    /** The last UIDL answer, whole: its {@code execute} array carries what connectors are told in JavaScript. */
    JsonNode lastAnswer() {
        return lastAnswer;
    }

    /** Sends these rpc invocations as one UIDL request (for steps the methods above do not cover). */
    void send(String action, ObjectNode... rpcs) {
        uidl(action, rpcs);
    }

    /** The first element with this tag whose text is exactly this. */
    Optional<UiTree.Node> byTagAndText(String tag, String text) {
        return tree.find(node -> tag.equals(node.tag()) && text.equals(tree.text(node).trim()));
    }

    Optional<UiTree.Node> byId(String id) {
        return tree.byId(id);
    }

    String textOf(String id) {
        return tree.byId(id).map(tree::text).orElse("");
    }

    /** Whether an element on the page has exactly this text (its own and its descendants'). */
    boolean shows(String text) {
        return tree.attached().stream().anyMatch(node -> node.tag() != null && text.equals(tree.text(node).trim()));
    }

    UiTree tree() {
        return tree;
    }

    /** Patient ids the page links to (router links in the patient list). */
    List<Long> linkedPatients() {
        return tree.nodes().stream().map(node -> node.attribute("href")).filter(java.util.Objects::nonNull)
                .map(PATIENT_LINK::matcher).filter(Matcher::find).map(match -> Long.parseLong(match.group(1)))
                .distinct().toList();
    }

    private ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    private void uidl(String action, ObjectNode... rpcs) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode call : rpcs) {
            rpc.add(call);
        }
        message.put("syncId", syncId).put("clientId", clientId);
        var response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId)).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8").header(LoadDesk.ACTION_HEADER, action)
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
        if (response.statusCode() != 200) {
            throw new ActionFailed(action + ": HTTP " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || answer.has("redirect")) {
            throw new ActionFailed(action + ": " + abbreviate(answer.toString()));
        }
        if (!answer.has("syncId")) {
            throw new ActionFailed(action + ": answer without syncId: " + abbreviate(body));
        }
        lastAnswer = answer;
        syncId = answer.path("syncId").asInt();
        clientId = answer.path("clientId").asInt(clientId + 1);
        tree.apply(answer.path("changes"));
    }

    private HttpResponse<String> get(String path, String action) {
        var response = send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header(LoadDesk.ACTION_HEADER, action).GET().build());
        if (response.statusCode() != 200) {
            throw new ActionFailed(action + ": GET " + path + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ActionFailed(request.uri().getQuery() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionFailed("interrupted");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    void close() {
        http.close();
    }
}
