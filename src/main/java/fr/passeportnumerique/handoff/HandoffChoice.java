package fr.passeportnumerique.handoff;

import java.util.List;
import java.util.Optional;

/**
 * A learner's hand-off request: one to three experts, each with a pack or none, an optional message, and whether they
 * consent to share their profile and results. Without consent nothing is sent.
 */
public record HandoffChoice(List<Pick> picks, Optional<String> message, boolean consent) {

    public static final int MAX_EXPERTS = 3;

    public static final int MESSAGE_MAX_LENGTH = HandoffRequest.MESSAGE_MAX_LENGTH;

    /** The refusal of a request sent without consent. */
    public static final String CONSENT_MISSING = "handoff.error.consent";

    public HandoffChoice {
        picks = List.copyOf(picks);
    }

    /** What is wrong with the choice itself, as a translation key, before anything is looked up. */
    Optional<String> problem() {
        if (!consent) {
            return Optional.of(CONSENT_MISSING);
        }
        if (picks.isEmpty() || picks.size() > MAX_EXPERTS) {
            return Optional.of("handoff.error.count");
        }
        if (message.filter(text -> text.length() > MESSAGE_MAX_LENGTH).isPresent()) {
            return Optional.of("handoff.error.message-long");
        }
        if (picks.stream().map(Pick::expertId).distinct().count() != picks.size()) {
            return Optional.of("handoff.error.already");
        }
        return Optional.empty();
    }

    /** An expert, and optionally one of their packs. */
    public record Pick(long expertId, Optional<Long> packId) {}
}
