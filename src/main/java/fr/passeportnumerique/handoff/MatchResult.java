package fr.passeportnumerique.handoff;

import fr.passeportnumerique.financing.FinancingPath;
import java.util.List;

/** Ranked experts and packs for a graduate, and the financing path that applies to their company. */
public record MatchResult(List<ExpertMatch> experts, List<PackMatch> packs, FinancingPath financing) {}
