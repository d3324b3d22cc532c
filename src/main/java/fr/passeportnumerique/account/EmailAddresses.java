package fr.passeportnumerique.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form in which an e-mail address is stored, looked up and counted: trimmed, Unicode NFC, lower case.
 * Accents are kept and significant ({@code léa@} and {@code lea@} are two mailboxes, RFC 6530), and the database
 * compares addresses byte for byte (binary collation), so that sign-in, registration, password resets and the
 * sign-in throttle all agree on which account an address names (decision 014).
 */
public final class EmailAddresses {

    /** An address as a person types it: something, an at sign, a domain with a dot; spaces around are forgiven. */
    public static final String SHAPE = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}\\s*";

    private EmailAddresses() {}

    public static String canonical(String typed) {
        return typed == null
                ? ""
                : Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
