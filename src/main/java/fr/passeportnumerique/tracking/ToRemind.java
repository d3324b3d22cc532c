package fr.passeportnumerique.tracking;

import java.time.Instant;
import java.util.Optional;

/** A learner to remind, and why: inactive for two weeks or more, or a quiz failed twice and not passed since. */
public record ToRemind(
        long id,
        String fullName,
        String company,
        Optional<Instant> lastActivity,
        boolean inactive,
        Optional<String> failedTwice,
        Optional<Instant> lastReminder) {}
