package fr.passeportnumerique.learning;

import fr.passeportnumerique.curriculum.CurriculumPublished;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a module is published again, learners who had done everything it still asks for get their stamp: a lesson
 * removed from a module no longer stands between them and its completion. Stamps already given stay.
 */
@Component
class StampsAfterPublication {

    private final JdbcTemplate jdbc;
    private final LearningService learning;

    StampsAfterPublication(JdbcTemplate jdbc, LearningService learning) {
        this.jdbc = jdbc;
        this.learning = learning;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onCurriculumPublished(CurriculumPublished published) {
        for (String module : published.changedModules()) {
            unstampedLearners(module).forEach(learner -> learning.recheckStamp(learner, module));
        }
    }

    private List<Long> unstampedLearners(String module) {
        return jdbc.queryForList("""
                select distinct c.account_id from lesson_completion c
                where c.module_slug = ? and not exists (
                    select 1 from module_progress p
                    where p.account_id = c.account_id and p.module_slug = c.module_slug and p.stamped_at is not null)
                """, Long.class, module);
    }
}
