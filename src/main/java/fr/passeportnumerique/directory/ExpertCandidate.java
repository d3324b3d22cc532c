package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.Sector;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An expert as matching sees them: where they work, what they know (module numbers), the sectors they serve with the
 * clients they already have there, and how many new clients they can still take this month.
 */
public record ExpertCandidate(
        long id,
        String companyName,
        Set<String> departements,
        boolean remote,
        Set<Integer> skills,
        Map<Sector, Integer> clientsBySector,
        int capacityPerMonth,
        int takenThisMonth,
        LocalDate accreditedFrom,
        LocalDate accreditedUntil,
        boolean suspended) {

    public boolean isAccreditedOn(LocalDate day) {
        return !suspended && !day.isBefore(accreditedFrom) && !day.isAfter(accreditedUntil);
    }

    public int availableThisMonth() {
        return Math.max(0, capacityPerMonth - takenThisMonth);
    }
}
