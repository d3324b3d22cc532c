package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
import java.util.Collection;
import java.util.List;

/** A learner answering quiz questions rightly in the browser, whatever their type, as a person would. */
final class QuizAnswers {

    private QuizAnswers() {}

    /** Answers the question shown in {@code card} rightly, found among {@code questions} by its prompt. */
    static void answerRightly(Locator card, Collection<Question> questions) {
        String prompt = card.locator(".pn-question-prompt").innerText().strip();
        Question question = questions.stream()
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
