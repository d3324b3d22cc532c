package fr.passeportnumerique.learning;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleLink;
import fr.passeportnumerique.curriculum.ModuleSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a learner's progress as a whole: each module's standing, the time spent, and the next step. */
@Service
public class ProgressService {

    private final LessonCompletionRepository lessons;
    private final ModuleProgressRepository modules;
    private final LearningPositionRepository positions;
    private final CurriculumService curriculum;
    private final AccountService accounts;

    ProgressService(
            LessonCompletionRepository lessons,
            ModuleProgressRepository modules,
            LearningPositionRepository positions,
            CurriculumService curriculum,
            AccountService accounts) {
        this.lessons = lessons;
        this.modules = modules;
        this.positions = positions;
        this.curriculum = curriculum;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public ProgressOverview overview() {
        long learner = accounts.currentAccountId();
        Map<String, Set<String>> done = lessonsDone(learner);
        Map<String, ModuleProgress> progress = modules.findByAccountId(learner).stream()
                .collect(Collectors.toMap(ModuleProgress::getModuleSlug, Function.identity()));
        Set<String> completed = completed(progress.values());
        List<ModuleSummary> summaries = curriculum.modules();
        List<ModuleDetail> details = summaries.stream()
                .map(ModuleSummary::slug)
                .map(curriculum::module)
                .flatMap(Optional::stream)
                .toList();
        List<ModuleStanding> standings = new ArrayList<>();
        for (ModuleSummary summary : summaries) {
            details.stream()
                    .filter(detail -> detail.link().slug().equals(summary.slug()))
                    .findFirst()
                    .ifPresent(detail -> standings.add(standing(
                            summary,
                            detail,
                            done.getOrDefault(summary.slug(), Set.of()),
                            Optional.ofNullable(progress.get(summary.slug())),
                            completed)));
        }
        long seconds = progress.values().stream()
                .mapToLong(ModuleProgress::getSecondsSpent)
                .sum();
        Optional<Place> lastPlace = positions.findByAccountId(learner).map(LearningPosition::place);
        return new ProgressOverview(standings, seconds, new NextStepRule(details, done, completed).next(lastPlace));
    }

    /** The learner's standing on one module. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<ModuleStanding> standing(String moduleSlug) {
        long learner = accounts.currentAccountId();
        Optional<ModuleDetail> detail = curriculum.module(moduleSlug);
        Optional<ModuleSummary> summary = curriculum.modules().stream()
                .filter(module -> module.slug().equals(moduleSlug))
                .findFirst();
        if (detail.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        List<ModuleProgress> progress = modules.findByAccountId(learner);
        return Optional.of(standing(
                summary.get(),
                detail.get(),
                lessonsDone(learner).getOrDefault(moduleSlug, Set.of()),
                progress.stream()
                        .filter(module -> module.getModuleSlug().equals(moduleSlug))
                        .findFirst(),
                completed(progress)));
    }

    Map<String, Set<String>> lessonsDone(long learner) {
        return lessons.findByAccountId(learner).stream()
                .collect(Collectors.groupingBy(
                        LessonCompletion::getModuleSlug,
                        Collectors.mapping(LessonCompletion::getLessonSlug, Collectors.toSet())));
    }

    Set<String> completedModules(long learner) {
        return completed(modules.findByAccountId(learner));
    }

    private static Set<String> completed(Collection<ModuleProgress> progress) {
        return progress.stream()
                .filter(module -> module.getStampedAt().isPresent())
                .map(ModuleProgress::getModuleSlug)
                .collect(Collectors.toSet());
    }

    private static ModuleStanding standing(
            ModuleSummary summary,
            ModuleDetail detail,
            Set<String> done,
            Optional<ModuleProgress> progress,
            Set<String> completed) {
        int lessonsDone = (int) detail.lessons().stream()
                .map(LessonSummary::slug)
                .filter(done::contains)
                .count();
        List<ModuleLink> missing = detail.prerequisites().stream()
                .filter(prerequisite -> !completed.contains(prerequisite.slug()))
                .sorted(Comparator.comparingInt(ModuleLink::number))
                .toList();
        return new ModuleStanding(
                summary,
                lessonsDone,
                progress.flatMap(ModuleProgress::getBestScore),
                status(detail, lessonsDone, progress, completed),
                progress.flatMap(ModuleProgress::getStampedAt),
                progress.map(ModuleProgress::getSecondsSpent).orElse(0L),
                missing);
    }

    private static ModuleStanding.Status status(
            ModuleDetail detail, int lessonsDone, Optional<ModuleProgress> progress, Set<String> completed) {
        if (completed.contains(detail.link().slug())) {
            return ModuleStanding.Status.COMPLETED;
        }
        if (lessonsDone == detail.lessons().size() && lessonsDone > 0) {
            return ModuleStanding.Status.QUIZ_TO_PASS;
        }
        boolean touched = lessonsDone > 0
                || progress.map(module -> module.getSecondsSpent() > 0
                                || module.getBestScore().isPresent())
                        .orElse(false);
        return touched ? ModuleStanding.Status.IN_PROGRESS : ModuleStanding.Status.NOT_STARTED;
    }
}
