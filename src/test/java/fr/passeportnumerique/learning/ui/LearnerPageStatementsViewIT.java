package fr.passeportnumerique.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import fr.passeportnumerique.SqlStatements;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.learning.LearningService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a signed-in learner's catalogue, module and lesson pages cost the database, counted statement by statement: the published
 * curriculum is held in memory and the account id travels with the sign-in, so only the learner's own progress is read.
 * A few statements at most, so that per-view reads of the curriculum or the account cannot creep back.
 */
class LearnerPageStatementsViewIT extends ViewTestSupport {

    /** The learner's lessons done and module progress, for the standing panel and again for the lesson ticks. */
    private static final int MODULE_PAGE_AT_MOST = 4;

    /** Where the learner stopped (for "Continuer"), their lessons done and module progress, for it and the cards. */
    private static final int CATALOGUE_AT_MOST = 5;

    /** Where the learner is (moved in place), the time added to the module, the learner's standing for dashboards. */
    private static final int ACTIVITY_REPORT_AT_MOST = 3;

    /** Whether the lesson is done, and where the learner left off reading it. */
    private static final int LESSON_PAGE_AT_MOST = 2;

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    LearnerActivity activity;

    private List<LessonSummary> lessons;

    @BeforeEach
    void aLearnerWhoHasReadTheFirstLesson() {
        String learner = TestLearners.register(accounts, "sobre");
        lessons = curriculum.module("premiers-pas").orElseThrow().lessons();
        as(
                learner,
                AppRoles.LEARNER,
                () -> learning.completeLesson("premiers-pas", lessons.get(0).slug()));
        signInWithAccount(learner);
        navigate("");
    }

    @Test
    void the_catalogue_reads_only_the_learners_progress() {
        navigate("mon-parcours");
        List<String> statements = SqlStatements.of(() -> navigate(""));

        assertThat(_get(H1.class).getText()).isNotBlank();
        assertThat(statements)
                .as("statements of the catalogue: %s", String.join("\n", statements))
                .hasSizeLessThanOrEqualTo(CATALOGUE_AT_MOST);
    }

    @Test
    void a_module_page_reads_only_the_learners_progress() {
        List<String> statements = SqlStatements.of(() -> navigate("modules/premiers-pas"));

        assertThat(_get(H1.class).getText()).isEqualTo("Premiers pas numériques");
        assertThat(statements)
                .as("statements of the module page: %s", String.join("\n", statements))
                .hasSizeLessThanOrEqualTo(MODULE_PAGE_AT_MOST);
    }

    @Test
    void a_lesson_page_reads_only_the_learners_progress() {
        LessonSummary second = lessons.get(1);
        List<String> statements = SqlStatements.of(() -> navigate("modules/premiers-pas/" + second.slug()));

        assertThat(_get(H1.class).getText()).isEqualTo(second.title());
        assertThat(statements)
                .as("statements of the lesson page: %s", String.join("\n", statements))
                .hasSizeLessThanOrEqualTo(LESSON_PAGE_AT_MOST);
    }

    @Test
    void an_activity_report_changes_rows_in_place_without_reading_them() {
        Place second = Place.lesson("premiers-pas", lessons.get(1).slug());
        activity.record(second, 10, 5);

        List<String> statements = SqlStatements.of(() -> activity.record(second, 40, 15));

        assertThat(activity.savedScroll(second)).contains(40);
        assertThat(statements)
                .as("statements of an activity report: %s", String.join("\n", statements))
                .hasSizeLessThanOrEqualTo(ACTIVITY_REPORT_AT_MOST);
    }
}
