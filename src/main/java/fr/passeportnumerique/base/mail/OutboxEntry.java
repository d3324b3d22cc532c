package fr.passeportnumerique.base.mail;

import java.time.Instant;

/** A message of the outbox as administrators see it; {@code sentAt} is null until delivered. */
public record OutboxEntry(Instant createdAt, String recipient, String subject, String body, Instant sentAt) {}
