package fr.passeportnumerique.handoff;

import java.util.List;
import java.util.Optional;

/**
 * What "Mon accompagnement" shows, read in one go: the experts and packs that match (empty without a company), whether
 * the learner may send requests yet, and their requests.
 */
public record HandoffPage(Optional<MatchResult> matches, boolean mayRequest, List<LearnerRequest> requests) {}
