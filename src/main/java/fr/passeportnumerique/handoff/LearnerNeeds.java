package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.learning.ModuleStanding;
import fr.passeportnumerique.learning.ProgressOverview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what matching and sharing need from a learner's account, progress and action plan. */
final class LearnerNeeds {

    private LearnerNeeds() {}

    /**
     * The needs for matching. The weakest modules are those with the lowest quiz scores, then the placement test's
     * gaps ({@code placementGaps}: module numbers, « à découvrir » first) among the modules without a score: a quiz
     * taken says more than the placement that came before it.
     */
    static MatchNeeds of(
            CompanyDetails company,
            ProgressOverview progress,
            List<Integer> priorities,
            List<Integer> placementGaps,
            LocalDate today) {
        List<Integer> weakest = new ArrayList<>(progress.modules().stream()
                .filter(standing -> standing.bestScore().isPresent())
                .sorted(Comparator.comparingInt((ModuleStanding standing) ->
                                standing.bestScore().orElseThrow())
                        .thenComparingInt(standing -> standing.module().number()))
                .map(standing -> standing.module().number())
                .toList());
        placementGaps.stream().filter(module -> !weakest.contains(module)).forEach(weakest::add);
        return new MatchNeeds(
                company.departement(),
                company.sector(),
                company.employees(),
                FinancingPath.forCompanyCreatedOn(company.createdOn(), today),
                priorities,
                weakest);
    }

    static SharedProfile shared(
            AccountSummary account, CompanyDetails company, MatchNeeds needs, ProgressOverview progress) {
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        progress.modules()
                .forEach(standing -> standing.bestScore()
                        .ifPresent(score -> scores.put(standing.module().number(), score)));
        return new SharedProfile(
                account.fullName(),
                account.email(),
                company.name(),
                company.siret(),
                company.sector(),
                company.employees(),
                company.createdOn(),
                company.postcode(),
                company.departement(),
                needs.financing(),
                needs.priorities(),
                scores);
    }

    /** A graduate, or a learner who completed module 20 (the action plan), may ask experts. */
    static boolean mayRequest(ProgressOverview progress) {
        return progress.isGraduate()
                || progress.modules().stream()
                        .anyMatch(standing -> standing.module().number() == 20
                                && standing.status() == ModuleStanding.Status.COMPLETED);
    }
}
