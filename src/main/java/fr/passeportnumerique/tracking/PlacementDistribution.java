package fr.passeportnumerique.tracking;

import java.util.List;

/**
 * What the placement test says of an area's public: how many of its learners took it, and per module (by number)
 * the levels their latest finished test found.
 */
public record PlacementDistribution(long learners, long tested, List<ModuleLevels> modules) {

    public PlacementDistribution {
        modules = List.copyOf(modules);
    }

    public boolean nobodyTested() {
        return tested == 0;
    }
}
