package fr.passeportnumerique.handoff;

import java.util.List;
import java.util.Optional;

/**
 * A learner's hand-off request: one to three experts, each with a pack or none, an optional message, and whether they
 * consent to share their profile and results. Without consent nothing is sent.
 */
public record HandoffChoice(List<Pick> picks, Optional<String> message, boolean consent) {

    public static final int MAX_EXPERTS = 3;

    public HandoffChoice {
        picks = List.copyOf(picks);
    }

    /** An expert, and optionally one of their packs. */
    public record Pick(long expertId, Optional<Long> packId) {}
}
