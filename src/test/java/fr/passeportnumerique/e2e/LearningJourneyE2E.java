package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.passeportnumerique.SignedIn.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.quiz.QuizDefinition;
import fr.passeportnumerique.quiz.QuizParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner reads a lesson and finishes it, passes the module's quiz in the browser, and finds the stamp. */
class LearningJourneyE2E extends BrowserTest {

    private static final String MODULE = "premiers-pas";

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    CurriculumService curriculum;

    @Test
    void a_learner_finishes_a_lesson_passes_the_quiz_and_sees_the_stamp() {
        String email = TestLearners.register(accounts, "julie");
        List<LessonSummary> lessons = curriculum.module(MODULE).orElseThrow().lessons();
        for (LessonSummary lesson : lessons.subList(0, lessons.size() - 1)) {
            as(email, AppRoles.LEARNER, () -> learning.completeLesson(MODULE, lesson.slug()));
        }
        Page page = open(1366, 900);
        signIn(page, email, TestLearners.PASSWORD);

        page.navigate("/modules/" + MODULE + "/" + lessons.getLast().slug());
        finishLesson(page);
        assertThat(page.getByText("Leçon terminée.")).isVisible();

        page.navigate("/modules/" + MODULE + "/quiz");
        assertThat(page.locator("h1")).hasText("Quiz du module");
        assertAccessible(page, "quiz");
        QuizDefinition quiz = QuizParser.parse(curriculum.quizSource(MODULE).orElseThrow());
        Locator cards = page.locator(".pn-question");
        for (int i = 0; i < cards.count(); i++) {
            QuizAnswers.answerRightly(cards.nth(i), quiz.questions());
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses"))
                .click();
        assertThat(page.locator("h1")).hasText("Bravo, quiz réussi !".replace(" !", "\u00a0!"));
        assertAccessible(page, "quiz result");

        page.navigate("/mon-passeport");
        assertThat(page.locator(".pn-stamp-done")).hasCount(1);
        assertThat(page.locator(".pn-stamp-done")).containsText("Tamponné le");
        assertAccessible(page, "passport");
    }
}
