package fr.passeportnumerique.directory;

import fr.passeportnumerique.financing.FinancingPath;
import java.util.Set;

/** A pack offer as matching sees it: whose it is, which modules' needs it covers, for what size, how it is financed. */
public record PackCandidate(
        long id,
        long expertId,
        String title,
        Set<Integer> modules,
        int minEmployees,
        int maxEmployees,
        Set<FinancingPath> financing) {

    public boolean fitsSize(int employees) {
        return employees >= minEmployees && employees <= maxEmployees;
    }
}
