package fr.passeportnumerique.records;

import fr.passeportnumerique.account.AccountDeleted;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.learning.LearnerGraduated;
import fr.passeportnumerique.learning.LessonCompleted;
import fr.passeportnumerique.learning.ModuleCompleted;
import fr.passeportnumerique.quiz.QuizGraded;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the learning events, within the transaction that records them, and queues their xAPI statements when
 * {@code passeport.xapi.enabled} is set; otherwise nothing is written.
 */
@Component
class LearningRecords {

    private final StatementOutbox outbox;
    private final CurriculumService curriculum;
    private final XapiProperties settings;
    private final Clock clock;
    private final StatementBuilder build;
    private final LearnerPseudonym pseudonym;

    LearningRecords(
            StatementOutbox outbox,
            CurriculumService curriculum,
            XapiProperties settings,
            PasseportProperties site,
            Clock clock) {
        this.outbox = outbox;
        this.curriculum = curriculum;
        this.settings = settings;
        this.clock = clock;
        this.build = new StatementBuilder(site.publicUrl());
        this.pseudonym = settings.enabled() ? new LearnerPseudonym(settings.actorSecret()) : null;
    }

    @EventListener
    void onLesson(LessonCompleted done) {
        if (!settings.enabled()) {
            return;
        }
        Optional<ModuleDetail> module = curriculum.module(done.moduleSlug());
        String lessonTitle = module.flatMap(detail -> detail.lessons().stream()
                        .filter(lesson -> lesson.slug().equals(done.lessonSlug()))
                        .map(LessonSummary::title)
                        .findFirst())
                .orElse(null);
        outbox.queue(
                done.accountId(),
                List.of(build.lessonCompleted(
                        UUID.randomUUID(),
                        pseudonym.of(done.accountId()),
                        build.lesson(done.moduleSlug(), done.lessonSlug(), lessonTitle),
                        module(done.moduleSlug(), module),
                        done.completedAt())));
    }

    /** One graded attempt: "answered" with its score, then "passed" or "failed". */
    @EventListener
    void onQuiz(QuizGraded graded) {
        if (!settings.enabled()) {
            return;
        }
        Optional<ModuleDetail> detail = curriculum.module(graded.moduleSlug());
        StatementBuilder.Activity module = module(graded.moduleSlug(), detail);
        StatementBuilder.Activity quiz = build.quiz(graded.moduleSlug(), module.title());
        String learner = pseudonym.of(graded.accountId());
        Instant now = clock.instant();
        outbox.queue(
                graded.accountId(),
                List.of(
                        build.quizAnswered(UUID.randomUUID(), learner, quiz, module, graded.scorePercent(), now),
                        build.quizJudged(
                                UUID.randomUUID(),
                                learner,
                                quiz,
                                module,
                                graded.scorePercent(),
                                graded.passed(),
                                now)));
    }

    @EventListener
    void onStamp(ModuleCompleted stamped) {
        if (!settings.enabled()) {
            return;
        }
        outbox.queue(
                stamped.accountId(),
                List.of(build.moduleStamped(
                        UUID.randomUUID(),
                        pseudonym.of(stamped.accountId()),
                        module(stamped.moduleSlug(), curriculum.module(stamped.moduleSlug())),
                        stamped.stampedAt())));
    }

    @EventListener
    void onGraduation(LearnerGraduated graduated) {
        if (!settings.enabled()) {
            return;
        }
        outbox.queue(
                graduated.accountId(),
                List.of(build.graduated(
                        UUID.randomUUID(), pseudonym.of(graduated.accountId()), graduated.graduatedAt())));
    }

    /** Rows are erased even when sending is off now: it may have been on before. */
    @EventListener
    void onAccountDeleted(AccountDeleted deleted) {
        outbox.forget(deleted.accountId());
    }

    private StatementBuilder.Activity module(String slug, Optional<ModuleDetail> detail) {
        return build.module(slug, detail.map(found -> found.link().title()).orElse(null));
    }
}
