package fr.passeportnumerique.base.mail;

import java.time.Instant;

/**
 * A message of the outbox as administrators see it; {@code sentAt} is null until delivered. {@code body} is null
 * when it is withheld: it holds (or held) a one-time secret and the platform delivers by SMTP.
 */
public record OutboxEntry(Instant createdAt, String recipient, String subject, String body, Instant sentAt) {

    public boolean bodyWithheld() {
        return body == null;
    }
}
