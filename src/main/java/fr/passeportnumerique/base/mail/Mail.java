package fr.passeportnumerique.base.mail;

/**
 * A plain-text e-mail to one person. {@code oneTimeSecret} says that the body holds a secret that signs someone in
 * (a password reset or invitation link): once delivered by SMTP, the outbox keeps no copy of it. The account ids
 * (null when unknown) say whose mail it is and whom it is about, for that person's export and erasure.
 */
public record Mail(
        String recipient,
        String subject,
        String body,
        boolean oneTimeSecret,
        Long recipientAccountId,
        Long subjectAccountId) {

    /** A mail without any secret in it, not tied to any account. */
    public Mail(String recipient, String subject, String body) {
        this(recipient, subject, body, false, null, null);
    }

    /** The same mail, for the account {@code recipientAccount} and about the account {@code subjectAccount}. */
    public Mail about(Long recipientAccount, Long subjectAccount) {
        return new Mail(recipient, subject, body, oneTimeSecret, recipientAccount, subjectAccount);
    }

    /** The same mail, marked as holding a one-time secret. */
    public Mail withOneTimeSecret() {
        return new Mail(recipient, subject, body, true, recipientAccountId, subjectAccountId);
    }
}
