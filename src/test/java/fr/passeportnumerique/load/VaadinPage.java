package fr.passeportnumerique.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page open in a learner's tab, as Vaadin's client holds it: the UI's id, the CSRF token, the last answer's
 * {@code syncId} and the next {@code clientId}, the state tree, and what the page keeps in the browser's history.
 * Every answer is checked as the client checks it: in sequence, not expired, no application error.
 */
final class VaadinPage {

    private static final String ANSWER_GUARD = "for(;;);";

    private final StateTree tree = new StateTree();
    private final int uiId;
    private final int heartbeatSeconds;
    private final Map<Integer, Integer> promises = new HashMap<>();
    private String csrfToken;
    private int lastSyncId = -1;
    private int nextClientId;
    private int historyIndex;
    private List<Integer> attached = List.of();

    private VaadinPage(int uiId, int heartbeatSeconds) {
        this.uiId = uiId;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    /** The page a learner's browser shows after loading this HTML (with the server's first answer in it). */
    static VaadinPage open(String html) {
        BootstrapPage bootstrap = BootstrapPage.read(html);
        VaadinPage page = new VaadinPage(bootstrap.uiId(), bootstrap.heartbeatSeconds());
        page.receive(bootstrap.firstAnswer());
        return page;
    }

    String roundTripPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    String heartbeatPath() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    int heartbeatSeconds() {
        return heartbeatSeconds;
    }

    StateTree tree() {
        return tree;
    }

    /** The nodes the last answer attached, newest first: the components the browser has just upgraded. */
    List<Integer> attachedByLastAnswer() {
        return attached;
    }

    /** The body of the next round-trip with these invocations, numbered as the client numbers its messages. */
    String request(List<ObjectNode> rpc) {
        ObjectNode payload = BootstrapPage.JSON.createObjectNode().put("csrfToken", csrfToken);
        payload.putArray("rpc").addAll(rpc);
        payload.put("syncId", lastSyncId).put("clientId", nextClientId++);
        return payload.toString();
    }

    /**
     * What the browser sends as the tab closes ({@code navigator.sendBeacon}): no invocation, and the word that the
     * page is gone, so that the server closes its UI at once rather than after three missed heartbeats.
     */
    String unloadBeacon() {
        ObjectNode payload = BootstrapPage.JSON.createObjectNode().put("csrfToken", csrfToken);
        payload.putArray("rpc");
        payload.put("syncId", lastSyncId).put("clientId", nextClientId++).put("UNLOAD", true);
        return payload.toString();
    }

    /** The id the page gives the next call of a server method on this node, to match the answer to it. */
    int nextPromise(int node) {
        return promises.merge(node, 1, Integer::sum) - 1;
    }

    /** The state a router link click leaves in the browser's history. */
    Map<String, Object> nextHistoryState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("usr", null);
        state.put("key", Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36));
        state.put("idx", ++historyIndex);
        return state;
    }

    /** Takes in the server's answer to a round-trip; fails as the client would stop on it. */
    void receive(String body) {
        receive(body, false);
    }

    /**
     * The same, for a round-trip that ends the session (signing out): its answer must say that the session is over,
     * which the client takes as its cue to load the page anew.
     */
    void receiveEnd(String body) {
        receive(body, true);
    }

    private void receive(String body, boolean sessionEnds) {
        String json = body.startsWith(ANSWER_GUARD) ? body.substring(ANSWER_GUARD.length()) : body;
        JsonNode answer;
        try {
            answer = BootstrapPage.JSON.readTree(json);
        } catch (RuntimeException notJson) {
            throw new ProtocolException("the answer is not Vaadin's: " + BootstrapPage.abbreviate(body));
        }
        JsonNode first = answer.isArray() ? answer.path(0) : answer;
        if (sessionEnds) {
            if (!first.path("meta").path("sessionExpired").asBoolean(false)) {
                throw new ProtocolException("the session goes on: " + BootstrapPage.abbreviate(body));
            }
            return;
        }
        receive(first);
    }

    private void receive(JsonNode answer) {
        checkMeta(answer.path("meta"));
        if (!answer.has("syncId")) {
            throw new ProtocolException("the answer has no syncId: " + BootstrapPage.abbreviate(answer.toString()));
        }
        int syncId = answer.get("syncId").asInt();
        if (lastSyncId >= 0 && syncId != lastSyncId + 1) {
            throw new ProtocolException("out of sync: answer " + syncId + " after " + lastSyncId);
        }
        lastSyncId = syncId;
        if (answer.has("clientId")) {
            nextClientId = answer.get("clientId").asInt();
        }
        if (answer.has("Vaadin-Security-Key")) {
            csrfToken = answer.get("Vaadin-Security-Key").asString();
        }
        if (answer.has("constants")) {
            tree.addConstants(answer.get("constants"));
        }
        List<Integer> added = new ArrayList<>();
        answer.path("changes").forEach(change -> {
            if ("attach".equals(change.path("type").asString())) {
                added.addFirst(change.path("node").asInt());
            }
        });
        tree.apply(answer.path("changes"));
        attached = added;
    }

    private static void checkMeta(JsonNode meta) {
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new ProtocolException("session expired");
        }
        if (meta.has("appError")) {
            throw new ProtocolException("application error: " + meta.get("appError"));
        }
        meta.propertyNames().forEach(key -> {
            if (!key.equals("async")) {
                throw new ProtocolException("the server asks " + key + ": " + meta);
            }
        });
    }
}
