package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

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
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner does everything with the keyboard alone: signs in, opens the catalogue, a module and a lesson, finishes
 * the lesson, answers a quiz holding a question of each of the seven kinds, submits it, then opens the passport and
 * "Mon espace". After every key the focus is visible and still on an element of the page ({@link KeyboardUser}).
 */
class KeyboardJourneyE2E extends BrowserTest {

    private static final String MODULE = "premiers-pas";
    private static final int QUESTION_KINDS = 7;

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    QuizService quizzes;

    @Test
    void a_learner_goes_from_sign_in_to_the_passport_with_the_keyboard_alone() {
        String email = TestLearners.register(accounts, "clavier");
        List<LessonSummary> lessons = curriculum.module(MODULE).orElseThrow().lessons();
        for (LessonSummary lesson : lessons.subList(0, lessons.size() - 1)) {
            as(email, AppRoles.LEARNER, () -> learning.completeLesson(MODULE, lesson.slug()));
        }
        drawAnAttemptWithEveryKindOfQuestion(email);
        Page page = open(1366, 900);
        KeyboardUser keys = new KeyboardUser(page);

        signInWithTheKeyboard(page, keys, email);
        readTheLastLesson(page, keys, lessons.getLast());
        passTheQuiz(page, keys);

        keys.reach(link(page.locator("nav.pn-nav"), "Mon passeport"));
        keys.press("Enter");
        page.waitForURL("**/mon-passeport");
        assertThat(page.locator(".pn-stamp-done")).hasCount(1);

        keys.reach(link(page.locator(".pn-account"), "Mon espace"));
        keys.press("Enter");
        page.waitForURL("**/mon-espace");
        assertThat(page.locator("h1")).containsText("clavier Exemple");
        System.out.println("Keyboard journey, known defects worked around: " + keys.knownDefectsMet());
    }

    /**
     * On a window taller than the lesson, the page does not finish the lesson by itself before half a minute: the
     * button is pressed, and the focus goes to the news that replaces it.
     */
    @Test
    void pressing_i_have_finished_keeps_the_focus_on_the_page() {
        String email = TestLearners.register(accounts, "fini");
        Page page = open(1366, 8000);
        KeyboardUser keys = new KeyboardUser(page);
        signInWithTheKeyboard(page, keys, email);
        page.navigate("/modules/" + MODULE + "/"
                + curriculum.module(MODULE).orElseThrow().lessons().getFirst().slug());
        assertThat(page.evaluate("() => document.documentElement.scrollHeight <= window.innerHeight"))
                .as("the whole lesson in the window")
                .isEqualTo(true);

        keys.reach(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’ai terminé cette leçon")));
        keys.press("Space");

        assertThat(page.locator(".pn-finish-lesson .pn-success")).containsText("Leçon terminée.");
        assertThat(page.locator(".pn-finish-lesson .pn-success")).isFocused();
    }

    private static void signInWithTheKeyboard(Page page, KeyboardUser keys, String email) {
        page.navigate("/connexion");
        keys.reach(page.getByLabel("Adresse e-mail"));
        keys.type(email);
        keys.reach(page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)));
        keys.type(TestLearners.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/connexion"));
        waitForServer(page);
    }

    /** From the catalogue to the module, its last lesson, finished, and back to the module. */
    private static void readTheLastLesson(Page page, KeyboardUser keys, LessonSummary last) {
        keys.reach(link(page.locator("nav.pn-nav"), "Catalogue"));
        keys.press("Enter");
        keys.reach(page.locator("a[href='modules/" + MODULE + "']"));
        keys.press("Enter");
        page.waitForURL("**/modules/" + MODULE);
        keys.reach(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(last.title())));
        keys.press("Enter");
        page.waitForURL("**/modules/" + MODULE + "/" + last.slug());
        finishTheLesson(page, keys);
        keys.reach(page.locator(".pn-lesson-nav a.pn-next"));
        keys.press("Enter");
        page.waitForURL("**/modules/" + MODULE);
    }

    private void passTheQuiz(Page page, KeyboardUser keys) {
        keys.reach(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passer le quiz")));
        keys.press("Enter");
        page.waitForURL("**/modules/" + MODULE + "/quiz");
        QuizDefinition quiz = QuizParser.parse(curriculum.quizSource(MODULE).orElseThrow());
        Locator cards = page.locator(".pn-question");
        assertThat(cards.first()).isVisible();
        Set<Class<?>> answered = new HashSet<>();
        for (int i = 0; i < cards.count(); i++) {
            answered.add(answer(keys, cards.nth(i), quiz).getClass());
        }
        assertThat(answered).as("kinds of question answered").hasSize(QUESTION_KINDS);
        keys.reach(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses")));
        keys.pressDespiteKnownDefect(
                "Enter",
                "focus lost after « Valider mes réponses »",
                page.locator("#contenu a, #contenu vaadin-button"));
        assertThat(page.locator("h1")).hasText("Bravo, quiz réussi !".replace(" !", "\u00a0!"));
    }

    /**
     * A quiz draws 10 of its 13 questions: attempts are drawn (and sent empty) until one holds all seven kinds; the
     * quiz page then resumes that attempt.
     */
    private void drawAnAttemptWithEveryKindOfQuestion(String email) {
        as(email, AppRoles.LEARNER, () -> {
            for (int attempt = 0; attempt < 200; attempt++) {
                QuizSession session = quizzes.start(MODULE);
                Set<Class<?>> kinds = session.questions().stream()
                        .map(shown -> shown.question().getClass())
                        .collect(Collectors.toSet());
                if (kinds.size() == QUESTION_KINDS) {
                    return;
                }
                quizzes.submit(session.attemptId(), Map.of());
            }
            throw new AssertionError("No attempt in 200 drew the seven kinds of question");
        });
    }

    /**
     * Tabs to « J’ai terminé cette leçon » and presses Space. Tabbing through the text can bring its end into view,
     * and the page then finishes the lesson by itself: the button gives way to « Leçon terminée », as after Space.
     */
    private static void finishTheLesson(Page page, KeyboardUser keys) {
        Locator finish =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’ai terminé cette leçon"));
        Locator done = page.locator(".pn-finish-lesson .pn-success");
        for (int pressed = 0; done.count() == 0 && pressed < 200; pressed++) {
            if (keys.hasFocus(finish)) {
                keys.press("Space");
            } else {
                keys.press("Tab");
            }
        }
        assertThat(done).containsText("Leçon terminée.");
    }

    private static Locator link(Locator where, String name) {
        return where.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Question answer(KeyboardUser keys, Locator card, QuizDefinition quiz) {
        String prompt = card.locator(".pn-question-prompt").innerText().strip();
        Question question = quiz.questions().stream()
                .filter(candidate -> candidate.prompt().equals(prompt))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No question with the prompt " + prompt));
        switch (question) {
            case Question.SingleChoice q -> chooseOne(keys, card, rightChoice(q.choices()));
            case Question.Scenario q -> chooseOne(keys, card, rightChoice(q.choices()));
            case Question.TrueFalse q -> chooseOne(keys, card, q.answer() ? "Vrai" : "Faux");
            case Question.MultipleChoice q -> chooseSeveral(keys, card, q.choices());
            case Question.ShortAnswer q -> {
                keys.reach(card.getByLabel("Votre réponse"));
                keys.type(q.accepted().getFirst());
            }
            case Question.Matching q -> match(keys, card, q.pairs());
            case Question.Ordering q -> order(keys, card, q.items());
        }
        return question;
    }

    private static String rightChoice(List<Choice> choices) {
        return choices.stream()
                .filter(Choice::correct)
                .findFirst()
                .orElseThrow()
                .text();
    }

    /** Tab into the radio group, arrow keys to the right choice (arrows check as they move), Space to be sure. */
    private static void chooseOne(KeyboardUser keys, Locator card, String right) {
        keys.reach(card.locator("fieldset"));
        int options = card.getByRole(AriaRole.RADIO).count();
        for (int moves = 0; !keys.focusedChoice().equals(right); moves++) {
            assertThat(moves).as("arrow presses to reach " + right).isLessThan(options);
            keys.press("ArrowDown");
        }
        keys.press("Space");
        assertThat(card.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions().setName(right).setExact(true)))
                .isChecked();
    }

    /** Each check box is a stop of its own: Space ticks the right ones, Tab goes to the next. */
    private static void chooseSeveral(KeyboardUser keys, Locator card, List<Choice> choices) {
        Set<String> right =
                choices.stream().filter(Choice::correct).map(Choice::text).collect(Collectors.toSet());
        Locator boxes = card.getByRole(AriaRole.CHECKBOX);
        for (int i = 0; i < boxes.count(); i++) {
            keys.reach(boxes.nth(i));
            if (right.contains(keys.focusedChoice())) {
                keys.press("Space");
            }
        }
        for (String text : right) {
            assertThat(card.getByRole(
                            AriaRole.CHECKBOX,
                            new Locator.GetByRoleOptions().setName(text).setExact(true)))
                    .isChecked();
        }
    }

    /** Each term's combo box: type its definition, Enter to take it; the next Tab closes the list. */
    private static void match(KeyboardUser keys, Locator card, List<Question.Matching.Pair> pairs) {
        for (Question.Matching.Pair pair : pairs) {
            Locator box = card.getByRole(
                    AriaRole.COMBOBOX,
                    new Locator.GetByRoleOptions().setName(pair.term()).setExact(true));
            keys.reach(box);
            keys.type(pair.definition());
            keys.press("Enter");
            assertThat(box).hasValue(pair.definition());
        }
    }

    /** Moves each step up with its « Monter » button, Enter after Enter, until the list reads in the right order. */
    private static void order(KeyboardUser keys, Locator card, List<String> items) {
        for (int target = 0; target < items.size(); target++) {
            String item = items.get(target);
            Locator up = card.locator("li")
                    .filter(new Locator.FilterOptions().setHasText(item))
                    .getByRole(AriaRole.BUTTON)
                    .first();
            while (position(card, item) > target) {
                int before = position(card, item);
                keys.reach(up);
                keys.pressDespiteKnownDefect("Enter", "focus lost after « Monter »", up);
                assertThat(position(card, item)).isEqualTo(before - 1);
            }
        }
        assertThat(card.locator("li > span").allInnerTexts()).containsExactlyElementsOf(items);
    }

    private static int position(Locator card, String item) {
        return card.locator("li > span").allInnerTexts().indexOf(item);
    }
}
