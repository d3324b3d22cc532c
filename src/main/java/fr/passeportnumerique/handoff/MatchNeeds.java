package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.financing.FinancingPath;
import java.util.List;

/**
 * What a graduate's company needs: where it is, its sector and size, the financing path its age gives, the module
 * numbers of the priorities chosen in "mon plan d'action" (at most five, in order) and of the modules where its quiz
 * results were weakest.
 */
public record MatchNeeds(
        String departement,
        Sector sector,
        int employees,
        FinancingPath financing,
        List<Integer> priorities,
        List<Integer> weakestModules) {

    public static final int MAX_PRIORITIES = 5;

    public MatchNeeds {
        priorities = List.copyOf(priorities.subList(0, Math.min(priorities.size(), MAX_PRIORITIES)));
        weakestModules = List.copyOf(weakestModules);
    }
}
