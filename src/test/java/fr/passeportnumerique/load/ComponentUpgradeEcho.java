package fr.passeportnumerique.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * What the browser sends by itself when components it has just created upgrade: each web component fires a
 * {@code <property>-changed} event for every property the server synchronises, and the client passes those events
 * on, with the component's own value of each property the server had not set. Chromium does this in the round-trip
 * after a page load (with the router's first navigation) and right after an answer that showed new fields (the
 * quiz's radio buttons and check boxes did, until they became the browser's own form controls): one round-trip that
 * changes nothing a learner sees.
 *
 * <p>The header's search field (a combo box, on every page) makes this round-trip after each page load today; the
 * {@link #DEFAULTS} row of {@code vaadin-combo-box} is what to drop once the page stops sending it.
 */
final class ComponentUpgradeEcho {

    private static final String SYNC_TOKEN = "}";

    /** The values web components start with, for the properties the server may leave unset. */
    private static final Map<String, Map<String, JsonNode>> DEFAULTS = Map.of(
            "vaadin-combo-box", Map.of("opened", BooleanNode.FALSE, "filter", StringNode.valueOf("")),
            "vaadin-radio-group", Map.of("value", StringNode.valueOf("")),
            "vaadin-radio-button", Map.of("checked", BooleanNode.FALSE),
            "vaadin-checkbox-group", Map.of("value", JsonNodeFactory.instance.arrayNode()),
            "vaadin-checkbox", Map.of("checked", BooleanNode.FALSE, "indeterminate", BooleanNode.FALSE),
            "vaadin-login-form", Map.of());

    private ComponentUpgradeEcho() {}

    /** The events, then the property values, Chromium sends for these new nodes (newest first); may be empty. */
    static List<ObjectNode> of(StateTree tree, List<Integer> newNodes) {
        List<ObjectNode> events = new ArrayList<>();
        List<ObjectNode> values = new ArrayList<>();
        for (int id : newNodes) {
            Optional<StateNode> found = tree.find(id).filter(tree::isShown);
            if (found.isEmpty() || found.get().tag == null || !DEFAULTS.containsKey(found.get().tag)) {
                continue;
            }
            StateNode node = found.get();
            for (String property : synchronisedProperties(tree, node)) {
                events.add(Rpc.event(id, property + "-changed"));
                JsonNode start = DEFAULTS.get(node.tag).get(property);
                if (start != null && !node.properties.containsKey(property)) {
                    values.add(Rpc.propertySync(id, property, start));
                }
            }
        }
        events.addAll(values);
        return events;
    }

    private static List<String> synchronisedProperties(StateTree tree, StateNode node) {
        List<String> properties = new ArrayList<>();
        node.listeners.keySet().stream()
                .filter(event -> event.endsWith("-changed"))
                .sorted(ComponentUpgradeEcho::inDeclarationOrder)
                .forEach(event -> {
                    String property = event.substring(0, event.length() - "-changed".length());
                    if (tree.listener(node, event)
                            .filter(settings -> settings.has(SYNC_TOKEN + property))
                            .isPresent()) {
                        properties.add(property);
                    }
                });
        return properties;
    }

    /** A check box reports {@code checked} before {@code indeterminate}, a combo box its value before the rest. */
    private static int inDeclarationOrder(String one, String other) {
        List<String> order = List.of("value-changed", "checked-changed", "opened-changed", "filter-changed");
        int first = order.indexOf(one);
        int second = order.indexOf(other);
        return Integer.compare(first < 0 ? order.size() : first, second < 0 ? order.size() : second);
    }
}
