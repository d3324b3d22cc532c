package fr.passeportnumerique.base;

/**
 * A step a person cannot take, with the translation key of what to tell them; each feature names its own kind, and
 * pages show any of them the same way.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;

    protected Refusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
