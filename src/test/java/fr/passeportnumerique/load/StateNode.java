package fr.passeportnumerique.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** One node of a page's state tree as the browser holds it: an element (or a text) with what the server put on it. */
final class StateNode {

    final int id;
    String tag;
    String text;
    final Map<String, JsonNode> properties = new HashMap<>();
    final Map<String, JsonNode> attributes = new HashMap<>();
    final Map<String, JsonNode> listeners = new HashMap<>();
    final List<String> classes = new ArrayList<>();
    final List<Integer> children = new ArrayList<>();
    /** Nodes the UI holds outside the element tree: the view's container, overlays. */
    final List<Integer> virtualChildren = new ArrayList<>();

    final List<String> clientCallables = new ArrayList<>();
    Integer parent;

    StateNode(int id) {
        this.id = id;
    }

    Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name))
                .filter(JsonNode::isString)
                .map(JsonNode::asString);
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name)).map(JsonNode::asString);
    }

    boolean hasClass(String name) {
        return classes.contains(name);
    }

    @Override
    public String toString() {
        return "node " + id + (tag == null ? "" : " <" + tag + ">") + (text == null ? "" : " \"" + text + "\"");
    }
}
