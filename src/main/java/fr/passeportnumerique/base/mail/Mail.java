package fr.passeportnumerique.base.mail;

/**
 * A plain-text e-mail to one person. {@code oneTimeSecret} says that the body holds a secret that signs someone in
 * (a password reset or invitation link): once delivered by SMTP, the outbox keeps no copy of it.
 */
public record Mail(String recipient, String subject, String body, boolean oneTimeSecret) {

    /** A mail without any secret in it. */
    public Mail(String recipient, String subject, String body) {
        this(recipient, subject, body, false);
    }
}
