package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** One question with the input its type calls for; gives back the learner's answer in the file's terms. */
class QuestionCard extends Composite<Section> {

    private final Supplier<Answer> answer;

    QuestionCard(int number, QuizSession.Shown shown, Answer saved, Runnable onChange) {
        Question question = shown.question();
        getContent().addClassNames("pn-panel", "pn-question");
        getContent().add(new H2(getTranslation("quiz.question", number)));
        if (question instanceof Question.Scenario scenario) {
            Paragraph situation = new Paragraph(scenario.situation());
            situation.addClassName("pn-scenario");
            getContent().add(situation);
        }
        Paragraph prompt = new Paragraph(question.prompt());
        prompt.addClassName("pn-question-prompt");
        getContent().add(prompt);
        answer = switch (question) {
            case Question.Scenario q -> single(q.choices(), shown.order(), saved, onChange);
            case Question.SingleChoice q -> single(q.choices(), shown.order(), saved, onChange);
            case Question.MultipleChoice q -> multiple(q.choices(), shown.order(), saved, onChange);
            case Question.TrueFalse q -> trueOrFalse(saved, onChange);
            case Question.Ordering q -> ordering(q.items(), shown.order(), saved, onChange);
            case Question.Matching q -> matching(q.pairs(), shown.order(), saved, onChange);
            case Question.ShortAnswer q -> typed(saved, onChange);
        };
    }

    Answer answer() {
        return answer.get();
    }

    private Supplier<Answer> single(List<Choice> choices, List<Integer> order, Answer saved, Runnable onChange) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("quiz.choose-one"));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(order);
        group.setItemLabelGenerator(position -> choices.get(position).text());
        if (saved instanceof Answer.Chosen(Set<Integer> chosen) && chosen.size() == 1) {
            group.setValue(chosen.iterator().next());
        }
        group.addValueChangeListener(change -> onChange.run());
        add(group);
        return () -> new Answer.Chosen(group.getValue() == null ? Set.of() : Set.of(group.getValue()));
    }

    private Supplier<Answer> multiple(List<Choice> choices, List<Integer> order, Answer saved, Runnable onChange) {
        CheckboxGroup<Integer> group = new CheckboxGroup<>(getTranslation("quiz.choose-several"));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(order);
        group.setItemLabelGenerator(position -> choices.get(position).text());
        if (saved instanceof Answer.Chosen(Set<Integer> chosen)) {
            group.setValue(chosen);
        }
        group.addValueChangeListener(change -> onChange.run());
        add(group);
        return () -> new Answer.Chosen(new HashSet<>(group.getValue()));
    }

    private Supplier<Answer> trueOrFalse(Answer saved, Runnable onChange) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation("quiz.true-or-false"));
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> getTranslation(value ? "quiz.true" : "quiz.false"));
        if (saved instanceof Answer.TrueOrFalse(Boolean value) && value != null) {
            group.setValue(value);
        }
        group.addValueChangeListener(change -> onChange.run());
        add(group);
        return () -> new Answer.TrueOrFalse(group.getValue());
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

    private Supplier<Answer> typed(Answer saved, Runnable onChange) {
        TextField field = new TextField(getTranslation("quiz.your-answer"));
        field.setMaxLength(Answer.Typed.MAX_LENGTH);
        if (saved instanceof Answer.Typed(String text)) {
            field.setValue(text == null ? "" : text);
        }
        field.addValueChangeListener(change -> onChange.run());
        add(field);
        return () -> new Answer.Typed(field.getValue());
    }

    private void add(Component... components) {
        getContent().add(components);
    }
}
