package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One question with the input its type calls for; gives back the learner's answer in the file's terms. Choices and
 * typed answers are the browser's own form controls ({@link SheetInput}), read from the answer sheet's values; the
 * steps to order and the pairs to match are components that tell the server each move.
 */
class QuestionCard extends Composite<Section> {

    private final Supplier<Answer> answer;
    private SheetInput sheetInput;
    private Answer fromSheet;

    QuestionCard(int number, QuizSession.Shown shown, Answer saved, Runnable onChange) {
        Question question = shown.question();
        getContent().addClassNames("pn-panel", "pn-question");
        getContent().add(new H2(getTranslation("quiz.question", number)));
        if (question instanceof Question.Scenario scenario) {
            Paragraph situation = CurriculumLanguage.french(new Paragraph(scenario.situation()));
            situation.addClassName("pn-scenario");
            getContent().add(situation);
        }
        Paragraph prompt = CurriculumLanguage.french(new Paragraph(question.prompt()));
        prompt.addClassName("pn-question-prompt");
        getContent().add(prompt);
        String name = "q" + number;
        answer = switch (question) {
            case Question.Scenario q -> sheet(oneOf(name, q.choices(), shown.order(), saved));
            case Question.SingleChoice q -> sheet(oneOf(name, q.choices(), shown.order(), saved));
            case Question.MultipleChoice q ->
                sheet(SheetInput.anyOf(
                        name, getTranslation("quiz.choose-several"), options(q.choices(), shown.order()), saved));
            case Question.TrueFalse q ->
                sheet(SheetInput.trueOrFalse(
                        name,
                        getTranslation("quiz.true-or-false"),
                        new SheetInput.Option("true", getTranslation("quiz.true")),
                        new SheetInput.Option("false", getTranslation("quiz.false")),
                        saved));
            case Question.Ordering q -> ordering(q.items(), shown.order(), saved, onChange);
            case Question.Matching q -> matching(q.pairs(), shown.order(), saved, onChange);
            case Question.ShortAnswer q -> sheet(SheetInput.typed(name, getTranslation("quiz.your-answer"), saved));
        };
    }

    Answer answer() {
        return answer.get();
    }

    /** Takes the learner's latest choices from the answer sheet's values; components keep their own. */
    void take(FormValues values) {
        if (sheetInput != null) {
            fromSheet = sheetInput.reader().apply(values);
        }
    }

    private SheetInput oneOf(String name, List<Choice> choices, List<Integer> order, Answer saved) {
        return SheetInput.oneOf(name, getTranslation("quiz.choose-one"), options(choices, order), saved);
    }

    private static List<SheetInput.Option> options(List<Choice> choices, List<Integer> order) {
        return order.stream()
                .map(position -> new SheetInput.Option(
                        position.toString(), choices.get(position).text(), CurriculumLanguage.LANGUAGE))
                .toList();
    }

    private Supplier<Answer> sheet(SheetInput input) {
        sheetInput = input;
        fromSheet = input.shown();
        add(input.html());
        return () -> fromSheet;
    }

    private Supplier<Answer> ordering(List<String> items, List<Integer> order, Answer saved, Runnable onChange) {
        OrderingInput input = new OrderingInput(items, order, onChange);
        if (saved instanceof Answer.Ordered(List<Integer> savedOrder)) {
            input.restore(savedOrder);
        }
        add(new Paragraph(getTranslation("quiz.put-in-order")), input);
        return () -> new Answer.Ordered(input.order());
    }

    private Supplier<Answer> matching(
            List<Question.Matching.Pair> pairs, List<Integer> order, Answer saved, Runnable onChange) {
        add(new Paragraph(getTranslation("quiz.match")));
        Map<Integer, ComboBox<Integer>> boxes = new HashMap<>();
        for (int term = 0; term < pairs.size(); term++) {
            ComboBox<Integer> box = new ComboBox<>(pairs.get(term).term());
            box.setItems(order);
            box.setItemLabelGenerator(position -> pairs.get(position).definition());
            box.setWidthFull();
            if (saved instanceof Answer.Matched(Map<Integer, Integer> matched) && matched.containsKey(term)) {
                box.setValue(matched.get(term));
            }
            box.addValueChangeListener(change -> onChange.run());
            boxes.put(term, box);
            add(box);
        }
        return () -> {
            Map<Integer, Integer> matched = new HashMap<>();
            boxes.forEach((term, box) -> {
                if (box.getValue() != null) {
                    matched.put(term, box.getValue());
                }
            });
            return new Answer.Matched(matched);
        };
    }

    private void add(Component... components) {
        getContent().add(components);
    }
}
