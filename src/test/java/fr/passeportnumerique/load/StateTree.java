package fr.passeportnumerique.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A page's state tree, kept up to date from the {@code changes} of the server's answers as Vaadin's client keeps it:
 * nodes attached and detached, their tag, properties, attributes, listeners, class names, texts and children.
 * Node 1 is the UI; what the learner sees hangs below it.
 */
final class StateTree {

    static final int UI_NODE = 1;
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int CLIENT_CALLABLES = 19;
    private static final int VIRTUAL_CHILDREN = 24;

    private final Map<Integer, StateNode> nodes = new HashMap<>();
    /** Listener settings the server sends once and then names by a key. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    void addConstants(JsonNode sent) {
        sent.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
    }

    /** What the client must send with the event (names of values, with settings such as debouncing). */
    Optional<JsonNode> listener(StateNode node, String event) {
        return Optional.ofNullable(node.listeners.get(event))
                .map(key -> key.isString() ? constants.get(key.asString()) : key);
    }

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            switch (change.path("type").asString()) {
                case "attach" -> node(id);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" ->
                    remove(
                            node(id),
                            change.path("feat").asInt(),
                            change.path("key").asString());
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                default -> {
                    // "empty": a feature created with nothing in it.
                }
            }
        }
    }

    int size() {
        return nodes.size();
    }

    Optional<StateNode> find(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    private StateNode node(int id) {
        // A change may name a node attached in an earlier answer the learner never needed: keep it all the same.
        return nodes.computeIfAbsent(id, StateNode::new);
    }

    private static void put(StateNode node, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> node.listeners.put(key, value);
            case TEXT -> node.text = value.asString();
            default -> {
                // Push, polling, loading indicator, styles...: nothing a learner reads.
            }
        }
    }

    private static void remove(StateNode node, int feature, String key) {
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {}
        }
    }

    private void splice(StateNode node, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        switch (change.path("feat").asInt()) {
            case CHILDREN -> replace(node.children, index, removed, adopt(node, change));
            case VIRTUAL_CHILDREN -> replace(node.virtualChildren, index, removed, adopt(node, change));
            case CLASS_LIST -> replace(node.classes, index, removed, strings(change.path("add")));
            case CLIENT_CALLABLES -> replace(node.clientCallables, index, removed, strings(change.path("add")));
            default -> {}
        }
    }

    private List<Integer> adopt(StateNode parent, JsonNode splice) {
        List<Integer> added = new ArrayList<>();
        splice.path("addNodes").forEach(child -> added.add(child.asInt()));
        added.forEach(child -> node(child).parent = parent.id);
        return added;
    }

    private static void clear(StateNode node, int feature) {
        switch (feature) {
            case PROPERTIES -> node.properties.clear();
            case ATTRIBUTES -> node.attributes.clear();
            case LISTENERS -> node.listeners.clear();
            case CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            case CLIENT_CALLABLES -> node.clientCallables.clear();
            default -> {}
        }
    }

    private static <T> void replace(List<T> list, int index, int removed, List<T> added) {
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The nodes shown to the learner: the UI's descendants, depth first, in document order. */
    Stream<StateNode> shown() {
        List<StateNode> found = new ArrayList<>();
        collect(UI_NODE, found);
        return found.stream();
    }

    private void collect(int id, List<StateNode> found) {
        StateNode node = nodes.get(id);
        if (node == null) {
            return;
        }
        found.add(node);
        node.children.forEach(child -> collect(child, found));
        node.virtualChildren.forEach(child -> collect(child, found));
    }

    Stream<StateNode> shown(Predicate<StateNode> which) {
        return shown().filter(which);
    }

    /** The text a person reads in the node: its own text, or its children's, joined. */
    String text(StateNode node) {
        if (node.text != null) {
            return node.text;
        }
        StringBuilder text = new StringBuilder();
        for (int child : node.children) {
            find(child).ifPresent(found -> text.append(text(found)));
        }
        return text.toString();
    }

    /** Whether the learner reads this text anywhere on the page (as text, or as a label or a title). */
    boolean shows(String words) {
        return shown().anyMatch(node -> (node.text != null && node.text.contains(words))
                || node.property("label").filter(label -> label.contains(words)).isPresent()
                || node.property("text").filter(text -> text.contains(words)).isPresent()
                || node.property("innerHTML")
                        .filter(html -> html.contains(words))
                        .isPresent());
    }

    /** Is the node still below the UI, so that the learner can see it? */
    boolean isShown(StateNode node) {
        StateNode at = node;
        while (at != null && at.id != UI_NODE) {
            at = at.parent == null ? null : nodes.get(at.parent);
        }
        return at != null && nodes.get(node.id) == node;
    }

    /** Is the node below {@code ancestor} (or the ancestor itself)? */
    boolean isInside(StateNode node, StateNode ancestor) {
        StateNode at = node;
        while (at != null && at.id != ancestor.id) {
            at = at.parent == null ? null : nodes.get(at.parent);
        }
        return at != null;
    }
}
