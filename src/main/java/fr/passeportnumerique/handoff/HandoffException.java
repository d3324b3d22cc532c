package fr.passeportnumerique.handoff;

/** A hand-off step that cannot be taken, with the translation key of what to tell the person. */
public class HandoffException extends RuntimeException {

    private final String messageKey;

    public HandoffException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
