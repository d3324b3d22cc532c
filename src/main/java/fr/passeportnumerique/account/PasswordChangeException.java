package fr.passeportnumerique.account;

/** A new password was not set: the link is unusable or the password is refused (a translation key says which). */
public class PasswordChangeException extends RuntimeException {

    private final String problemKey;

    public PasswordChangeException(String problemKey) {
        super("Password not changed: " + problemKey);
        this.problemKey = problemKey;
    }

    public String problemKey() {
        return problemKey;
    }
}
