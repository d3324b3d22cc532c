package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.financing.FinancingPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a learner agreed to share with an expert, frozen at the moment of consent: who they are, their company, the
 * financing path, their priorities and their best quiz score per module.
 */
public record SharedProfile(
        String learnerName,
        String email,
        String companyName,
        String siret,
        Sector sector,
        int employees,
        LocalDate createdOn,
        String postcode,
        String departement,
        FinancingPath financing,
        List<Integer> priorities,
        Map<Integer, Integer> bestScores) {}
