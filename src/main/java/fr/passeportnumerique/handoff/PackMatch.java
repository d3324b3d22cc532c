package fr.passeportnumerique.handoff;

import fr.passeportnumerique.directory.PackCandidate;
import java.util.List;

/** A pack offer ranked for a graduate, with its expert's match and the reasons of its own score. */
public record PackMatch(PackCandidate pack, ExpertMatch expert, int score, List<MatchReason> reasons) {}
