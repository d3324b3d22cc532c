package fr.passeportnumerique.tracking;

/** A request outside what the person follows, or about no one: answered as "not found". */
public class TrackingException extends RuntimeException {

    public TrackingException(String message) {
        super(message);
    }
}
