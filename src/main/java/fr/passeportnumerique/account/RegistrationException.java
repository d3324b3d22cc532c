package fr.passeportnumerique.account;

import java.util.Map;

/** A registration refused, with what is wrong per field (translation keys); nothing was stored. */
public class RegistrationException extends RuntimeException {

    private final Map<String, String> problems;

    public RegistrationException(Map<String, String> problems) {
        super("Registration refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
