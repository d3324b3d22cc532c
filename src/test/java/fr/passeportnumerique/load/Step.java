package fr.passeportnumerique.load;

import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * One round-trip of a move: the invocations to send, worked out when it is time to send them (from the page as the
 * previous answers left it; none means no round-trip), then what to check of the page once the answer is in.
 */
record Step(String name, Supplier<List<ObjectNode>> invocations, Runnable then, boolean endsSession) {

    Step(String name, Supplier<List<ObjectNode>> invocations, Runnable then) {
        this(name, invocations, then, false);
    }

    static Step of(String name, Supplier<List<ObjectNode>> invocations) {
        return new Step(name, invocations, () -> {});
    }

    /** A round-trip whose answer tells that the session has ended, as signing out does. */
    static Step endingSession(String name, Supplier<List<ObjectNode>> invocations) {
        return new Step(name, invocations, () -> {}, true);
    }
}
