package fr.passeportnumerique.learning;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo progress for two of the demo learners, so that every page has something to show: Marc has completed the
 * first five modules and stopped in the middle of module 6; Nadia has completed all twenty (a graduate).
 */
@Component
@ConditionalOnBooleanProperty(name = "passeport.demo-data", matchIfMissing = true)
class DemoProgress {

    private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);
    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final CurriculumService curriculum;
    private final Clock clock;

    DemoProgress(JdbcTemplate jdbc, AccountService accounts, CurriculumService curriculum, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void seedOnce() {
        List<ModuleSummary> modules = curriculum.modules();
        if (modules.size() < 6) {
            return;
        }
        Optional<Long> marc = untouchedLearner("apprenant2@example.org");
        Optional<Long> nadia = untouchedLearner("apprenant3@example.org");
        Instant now = clock.instant();
        marc.ifPresent(id -> {
            complete(id, modules.subList(0, 5), now.minus(Duration.ofDays(40)));
            ModuleDetail sixth = curriculum.module(modules.get(5).slug()).orElseThrow();
            readLesson(id, sixth, sixth.lessons().getFirst(), now.minus(Duration.ofDays(2)));
            jdbc.update(
                    "insert into module_progress (account_id, module_slug, seconds_spent, last_activity_at)"
                            + " values (?, ?, ?, ?)",
                    id,
                    sixth.link().slug(),
                    1260,
                    Timestamp.from(now.minus(Duration.ofDays(2))));
            jdbc.update(
                    "insert into learning_position (account_id, module_slug, lesson_slug, scroll_percent, updated_at)"
                            + " values (?, ?, ?, ?, ?)",
                    id,
                    sixth.link().slug(),
                    sixth.lessons().get(1).slug(),
                    35,
                    Timestamp.from(now.minus(Duration.ofDays(2))));
        });
        nadia.ifPresent(id -> complete(id, modules, now.minus(Duration.ofDays(75))));
        if (marc.isPresent() || nadia.isPresent()) {
            log.info("Demo progress: apprenant2 has 5 modules, apprenant3 all {}", modules.size());
        }
    }

    private Optional<Long> untouchedLearner(String email) {
        return accounts.accountIdOf(email)
                .filter(id -> jdbc.queryForObject(
                                "select count(*) from module_progress where account_id = ?", Integer.class, id)
                        == 0);
    }

    /** Completes the modules one after another, about three days apart, from the given start. */
    private void complete(long learner, List<ModuleSummary> modules, Instant start) {
        Instant when = start;
        for (ModuleSummary summary : modules) {
            ModuleDetail module = curriculum.module(summary.slug()).orElseThrow();
            for (LessonSummary lesson : module.lessons()) {
                readLesson(learner, module, lesson, when);
                when = when.plus(Duration.ofMinutes(25));
            }
            int score = 70 + (summary.number() * 7) % 31;
            jdbc.update(
                    "insert into module_progress (account_id, module_slug, best_score, quiz_passed_at, stamped_at,"
                            + " seconds_spent, last_activity_at) values (?, ?, ?, ?, ?, ?, ?)",
                    learner,
                    summary.slug(),
                    score,
                    Timestamp.from(when),
                    Timestamp.from(when),
                    summary.durationMinutes() * 60L,
                    Timestamp.from(when));
            when = when.plus(Duration.ofDays(3));
        }
    }

    private void readLesson(long learner, ModuleDetail module, LessonSummary lesson, Instant when) {
        jdbc.update(
                "insert into lesson_completion (account_id, module_slug, lesson_slug, completed_at) values (?, ?, ?, ?)",
                learner,
                module.link().slug(),
                lesson.slug(),
                Timestamp.from(when));
    }
}
