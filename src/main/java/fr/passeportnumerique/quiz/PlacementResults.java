package fr.passeportnumerique.quiz;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a finished placement test says: each module's level with its evidence, and the learner's path (skip what is
 * mastered, start with what is to discover), which the learner may change module by module. The modules found
 * mastered may be validated by their quiz alone ({@link #mayTestOut}).
 */
@Service
public class PlacementResults {

    private final PlacementTestRepository tests;
    private final PlacementRecords records;
    private final CurriculumService curriculum;
    private final AccountService accounts;
    private final Clock clock;

    PlacementResults(
            PlacementTestRepository tests,
            PlacementRecords records,
            CurriculumService curriculum,
            AccountService accounts,
            Clock clock) {
        this.tests = tests;
        this.records = records;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in learner's latest finished placement, if any. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<PlacementOutcome> mine() {
        return outcome(accounts.currentAccountId());
    }

    /** A learner's latest placement, for the staff who follow them (the caller checks and audits the access). */
    @Transactional(readOnly = true)
    @RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
    public Optional<PlacementOutcome> of(long learnerId) {
        return outcome(learnerId);
    }

    /** The learner changes their path for one module. */
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void choosePath(String moduleSlug, PathChoice choice) {
        if (curriculum.module(moduleSlug).isEmpty()) {
            throw new IllegalArgumentException("No module " + moduleSlug);
        }
        records.choosePath(accounts.currentAccountId(), moduleSlug, choice, clock.instant());
    }

    /** Whether the learner's latest placement found the module mastered: its quiz may then validate it alone. */
    @Transactional(readOnly = true)
    public boolean mayTestOut(long learnerId, String moduleSlug) {
        return records.latestLevel(learnerId, moduleSlug)
                .filter(PlacementLevel.ACQUIS::equals)
                .isPresent();
    }

    private Optional<PlacementOutcome> outcome(long learnerId) {
        return tests.findFirstByAccountIdAndFinishedAtIsNotNullOrderByIdDesc(learnerId)
                .map(test -> {
                    Map<String, PlacementRecords.Result> results = records.resultsOf(test.getId());
                    Map<String, PathChoice> paths = records.paths(learnerId);
                    List<ModulePlacement> modules = new ArrayList<>();
                    int questions = 0;
                    for (ModuleSummary module : curriculum.modules()) {
                        PlacementRecords.Result result = results.get(module.slug());
                        if (result == null) {
                            continue;
                        }
                        questions += result.questions();
                        PathChoice chosen = paths.get(module.slug());
                        modules.add(new ModulePlacement(
                                module.slug(),
                                module.number(),
                                module.title(),
                                module.durationMinutes(),
                                result.level(),
                                result.questions(),
                                result.correct(),
                                chosen != null ? chosen : ModulePlacement.proposedFor(result.level()),
                                chosen != null));
                    }
                    return new PlacementOutcome(
                            test.getFinishedAt().orElseThrow(),
                            test.getStopReason().orElse(PlacementStop.LEARNER),
                            questions,
                            test.activeTime(),
                            modules);
                });
    }
}
