package fr.passeportnumerique.load;

/** The server did not answer as Vaadin's client expects, or the learner does not see what the move should show. */
final class ProtocolException extends RuntimeException {

    ProtocolException(String message) {
        super(message);
    }
}
