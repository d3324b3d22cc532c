package fr.passeportnumerique.learning;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.quiz.QuizGraded;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps learners' progress. A module is stamped when all its lessons are done and its quiz is passed, in whichever
 * order that happens, or on its quiz alone when a placement test found it mastered (« validé par le quiz »);
 * stamping every module of the curriculum graduates the learner.
 */
@Service
public class LearningService {

    private final LessonCompletionRepository lessons;
    private final ModuleProgressRepository modules;
    private final CurriculumService curriculum;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningService(
            LessonCompletionRepository lessons,
            ModuleProgressRepository modules,
            CurriculumService curriculum,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.lessons = lessons;
        this.modules = modules;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in learner has finished this lesson; doing it again changes nothing. */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void completeLesson(String moduleSlug, String lessonSlug) {
        if (curriculum.lesson(moduleSlug, lessonSlug).isEmpty()) {
            throw new IllegalArgumentException("No lesson " + moduleSlug + "/" + lessonSlug);
        }
        long learner = accounts.currentAccountId();
        Instant now = clock.instant();
        if (lessons.insertIfAbsent(learner, moduleSlug, lessonSlug, now) > 0) {
            events.publishEvent(new LessonCompleted(learner, moduleSlug, lessonSlug, now));
        }
        stampIfComplete(learner, moduleSlug);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public boolean isLessonDone(String moduleSlug, String lessonSlug) {
        return lessons.existsByAccountIdAndModuleSlugAndLessonSlug(accounts.currentAccountId(), moduleSlug, lessonSlug);
    }

    /** The passport: every module of the curriculum, stamped or not. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public List<Stamp> passport() {
        long learner = accounts.currentAccountId();
        Map<String, ModuleProgress> progress = modules.findByAccountId(learner).stream()
                .collect(Collectors.toMap(ModuleProgress::getModuleSlug, Function.identity()));
        Map<String, Long> lessonsDone = lessons.findByAccountId(learner).stream()
                .collect(Collectors.groupingBy(LessonCompletion::getModuleSlug, Collectors.counting()));
        return curriculum.modules().stream()
                .map(module -> stamp(
                        module,
                        lessonsDone.getOrDefault(module.slug(), 0L).intValue(),
                        Optional.ofNullable(progress.get(module.slug()))))
                .toList();
    }

    /** Hears a graded quiz, within the submission's transaction: the best score, and the stamp if it is due. */
    @EventListener
    @Transactional
    public void onQuizGraded(QuizGraded graded) {
        ModuleProgress progress = progressOf(graded.accountId(), graded.moduleSlug());
        progress.recordScore(graded.scorePercent());
        if (graded.passed()) {
            progress.quizPassed(clock.instant());
            if (graded.validatesModule() && progress.stampValidatedByQuiz(clock.instant())) {
                stamped(graded.accountId(), graded.moduleSlug());
            }
            stampIfComplete(graded.accountId(), graded.moduleSlug());
        }
    }

    /** After a module changed: stamps the learner if what remains of it is done (a removed lesson no longer counts). */
    @Transactional
    void recheckStamp(long learner, String moduleSlug) {
        stampIfComplete(learner, moduleSlug);
    }

    private void stampIfComplete(long learner, String moduleSlug) {
        Optional<ModuleDetail> module = curriculum.module(moduleSlug);
        if (module.isEmpty()) {
            return;
        }
        Set<String> done = lessons.findByAccountIdAndModuleSlug(learner, moduleSlug).stream()
                .map(LessonCompletion::getLessonSlug)
                .collect(Collectors.toSet());
        boolean allLessons =
                module.get().lessons().stream().map(LessonSummary::slug).allMatch(done::contains);
        ModuleProgress progress = progressOf(learner, moduleSlug);
        boolean quizDone = module.get().quizQuestionCount() == 0 || progress.isQuizPassed();
        if (allLessons && quizDone && progress.stamp(clock.instant())) {
            stamped(learner, moduleSlug);
        }
    }

    private void stamped(long learner, String moduleSlug) {
        events.publishEvent(new ModuleCompleted(learner, moduleSlug, clock.instant()));
        if (modules.countByAccountIdAndStampedAtIsNotNull(learner)
                >= curriculum.modules().size()) {
            events.publishEvent(new LearnerGraduated(learner, clock.instant()));
        }
    }

    /** Active time on the module, added in place (a report every few seconds from every reading learner). */
    void addTime(long learner, String moduleSlug, int seconds, Instant when) {
        if (modules.addTime(learner, moduleSlug, seconds, when) == 0) {
            modules.insertIfAbsent(learner, moduleSlug);
            modules.addTime(learner, moduleSlug, seconds, when);
        }
    }

    /** The learner's row for the module; created on first need, without locking the index when it exists. */
    ModuleProgress progressOf(long learner, String moduleSlug) {
        return modules.findByAccountIdAndModuleSlug(learner, moduleSlug).orElseGet(() -> {
            modules.insertIfAbsent(learner, moduleSlug);
            return modules.findByAccountIdAndModuleSlug(learner, moduleSlug).orElseThrow();
        });
    }

    private static Stamp stamp(ModuleSummary module, int done, Optional<ModuleProgress> progress) {
        return new Stamp(
                module.number(),
                module.slug(),
                module.title(),
                Math.min(done, module.lessonCount()),
                module.lessonCount(),
                progress.flatMap(ModuleProgress::getBestScore),
                progress.flatMap(ModuleProgress::getStampedAt),
                progress.map(ModuleProgress::isValidatedByQuiz).orElse(false));
    }
}
