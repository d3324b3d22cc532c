package fr.passeportnumerique.authoring;

import java.util.List;

/** A change that cannot be made, with the message key (and its arguments) to show the trainer. */
public class AuthoringException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public AuthoringException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
