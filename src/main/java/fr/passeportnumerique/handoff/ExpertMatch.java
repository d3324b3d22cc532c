package fr.passeportnumerique.handoff;

import fr.passeportnumerique.directory.ExpertCandidate;
import java.util.List;

/** An expert ranked for a graduate: the score, why, and whether they can take a new client this month. */
public record ExpertMatch(ExpertCandidate expert, int score, List<MatchReason> reasons, boolean atCapacity) {}
