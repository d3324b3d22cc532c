package fr.passeportnumerique.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The invocations Vaadin's client sends in a round-trip's {@code rpc} array, as Chromium writes them. */
final class Rpc {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Rpc() {}

    /** A DOM event the server listens to, with the values it asked for. */
    static ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode rpc =
                JSON.objectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode event(int node, String event) {
        return event(node, event, JSON.objectNode());
    }

    /**
     * A mouse click with the values the server's click listener asked for (its listener's settings name them:
     * {@code event.shiftKey}, {@code event.clientX}...), as a left click with no key held gives them.
     */
    static ObjectNode click(int node, JsonNode listener) {
        ObjectNode data = JSON.objectNode();
        listener.propertyNames().forEach(expression -> {
            switch (expression) {
                case "event.detail" -> data.put(expression, 1);
                case "event.button" -> data.put(expression, 0);
                case "event.clientX", "event.screenX" -> data.put(expression, 410);
                case "event.clientY", "event.screenY" -> data.put(expression, 400);
                default -> {
                    if (expression.startsWith("event.") && expression.endsWith("Key")) {
                        data.put(expression, false);
                    }
                }
            }
        });
        return event(node, "click", data);
    }

    /** A synchronised property the browser changed (a field's value, a radio button's check). */
    static ObjectNode propertySync(int node, String property, JsonNode value) {
        ObjectNode rpc = JSON.objectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** A call of a method the server published to the page's script ({@code @ClientCallable}). */
    static ObjectNode clientCallable(int node, String method, int promise, Object... arguments) {
        ObjectNode rpc = JSON.objectNode()
                .put("type", "publishedEventHandler")
                .put("node", node)
                .put("templateEventMethodName", method);
        var values = rpc.putArray("templateEventMethodArgs");
        for (Object argument : arguments) {
            values.add(BootstrapPage.JSON.<JsonNode>valueToTree(argument));
        }
        rpc.put("promise", promise);
        return rpc;
    }

    /**
     * The router's navigation event on the UI node: {@code trigger} is {@code "link"} for a router link clicked,
     * {@code ""} for the page's first route; {@code historyState} is what the page keeps in the browser's history.
     */
    static ObjectNode navigation(String route, String query, String trigger, Map<String, Object> historyState) {
        ObjectNode data = JSON.objectNode()
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", trigger);
        data.set("historyState", BootstrapPage.JSON.valueToTree(historyState));
        // Chromium sends the keys in this order; the server does not mind, a reader comparing recordings does.
        ObjectNode ordered = JSON.objectNode();
        for (String key : new String[] {"route", "query", "appShellTitle", "historyState", "trigger"}) {
            ordered.set(key, data.get(key));
        }
        return event(StateTree.UI_NODE, "ui-navigate", ordered);
    }
}
