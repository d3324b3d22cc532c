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
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
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
            answerRightly(cards.nth(i), quiz);
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

    private static void answerRightly(Locator card, QuizDefinition quiz) {
        String prompt = card.locator(".pn-question-prompt").innerText().strip();
        Question question = quiz.questions().stream()
                .filter(candidate -> candidate.prompt().equals(prompt))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No question with the prompt " + prompt));
        switch (question) {
            case Question.SingleChoice q -> check(card, AriaRole.RADIO, q.choices());
            case Question.Scenario q -> check(card, AriaRole.RADIO, q.choices());
            case Question.MultipleChoice q -> check(card, AriaRole.CHECKBOX, q.choices());
            case Question.TrueFalse q ->
                card.getByRole(
                                AriaRole.RADIO,
                                new Locator.GetByRoleOptions()
                                        .setName(q.answer() ? "Vrai" : "Faux")
                                        .setExact(true))
                        .check();
            case Question.Ordering q -> order(card, q.items());
            case Question.Matching q -> match(card, q.pairs());
            case Question.ShortAnswer q ->
                card.getByLabel("Votre réponse").fill(q.accepted().getFirst());
        }
    }

    /** Types each term's definition into its combo box, commits it with Enter and moves on, as a keyboard user would. */
    private static void match(Locator card, List<Question.Matching.Pair> pairs) {
        for (Question.Matching.Pair pair : pairs) {
            Locator box = card.getByRole(
                    AriaRole.COMBOBOX,
                    new Locator.GetByRoleOptions().setName(pair.term()).setExact(true));
            box.fill(pair.definition());
            box.press("Enter");
            // Leaving the field closes its list, which would otherwise cover the next question.
            box.press("Tab");
            assertThat(box).hasValue(pair.definition());
        }
    }

    private static void check(Locator card, AriaRole role, List<Choice> choices) {
        for (Choice choice : choices) {
            if (choice.correct()) {
                card.getByRole(
                                role,
                                new Locator.GetByRoleOptions()
                                        .setName(choice.text())
                                        .setExact(true))
                        .check();
            }
        }
    }

    /** Moves each step up until the list reads in the right order, waiting for each move to show. */
    private static void order(Locator card, List<String> items) {
        for (int target = 0; target < items.size(); target++) {
            String item = items.get(target);
            int position = card.locator("li span").allInnerTexts().indexOf(item);
            while (position > target) {
                card.locator("li")
                        .filter(new Locator.FilterOptions().setHasText(item))
                        .locator("vaadin-button")
                        .first()
                        .click(new Locator.ClickOptions().setForce(true));
                int before = position;
                for (int wait = 0; wait < 50 && position == before; wait++) {
                    card.page().waitForTimeout(100);
                    position = card.locator("li span").allInnerTexts().indexOf(item);
                }
            }
        }
    }
}
