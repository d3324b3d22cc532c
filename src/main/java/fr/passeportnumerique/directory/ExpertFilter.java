package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.Sector;
import java.util.Optional;

/** The directory's filters; an empty one lists every accredited expert. */
public record ExpertFilter(Optional<String> departement, Optional<Integer> module, Optional<Sector> sector) {

    public static ExpertFilter none() {
        return new ExpertFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    boolean accepts(ExpertCandidate expert) {
        return departement
                        .map(code -> expert.remote() || expert.departements().contains(code))
                        .orElse(true)
                && module.map(expert.skills()::contains).orElse(true)
                && sector.map(expert.clientsBySector()::containsKey).orElse(true);
    }
}
