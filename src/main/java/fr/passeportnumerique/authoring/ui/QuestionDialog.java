package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.authoring.TextSlugs;
import fr.passeportnumerique.curriculum.format.LessonSections;
import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.QuizFileRules;
import fr.passeportnumerique.curriculum.format.QuizProblem;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import fr.passeportnumerique.curriculum.format.TaughtIn;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** One question's form, with the fields of its type; "OK" checks the type's rules before handing it back. */
class QuestionDialog extends Dialog {

    private final QuizQuestion question;
    private final TextField id = new TextField();
    private final TextArea situation = new TextArea();
    private final TextArea prompt = new TextArea();
    private final TextArea explanation = new TextArea();
    private final Div problems = new Div();
    private RowsEditor<QuizQuestion.Choice> choices;
    private RowsEditor<String> items;
    private RowsEditor<QuizQuestion.Pair> pairs;
    private RowsEditor<String> accepted;
    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
    private final ComboBox<TaughtIn> taughtIn = new ComboBox<>();

    QuestionDialog(
            QuizQuestion question,
            int number,
            LessonSections lessons,
            Function<QuestionType, String> typeName,
            Consumer<QuizQuestion> done) {
        this.question = question;
        setHeaderTitle(getTranslation("authoring.quiz.question-title", number, typeName.apply(question.type())));
        id.setLabel(getTranslation("authoring.quiz.id"));
        id.setHelperText(getTranslation("authoring.quiz.id-help"));
        id.setValue(question.id());
        situation.setLabel(getTranslation("authoring.quiz.situation"));
        situation.setValue(question.situation());
        prompt.setLabel(getTranslation("authoring.quiz.prompt"));
        prompt.setValue(question.prompt());
        explanation.setLabel(getTranslation("authoring.quiz.explanation"));
        explanation.setHelperText(getTranslation("authoring.quiz.explanation-help"));
        explanation.setValue(question.explanation());
        List.of(situation, prompt, explanation).forEach(area -> {
            area.setWidthFull();
            area.setMaxLength(QuizFileRules.TEXT_MAX_LENGTH);
        });
        id.setWidthFull();
        problems.addClassName("pn-quiz-problems");
        add(problems);
        if (question.type() == QuestionType.SCENARIO) {
            add(situation);
        }
        add(prompt, createTypeFields(), explanation, createTaughtIn(lessons), id);
        Button ok = new Button(getTranslation("authoring.quiz.ok"), click -> {
            QuizQuestion edited = edited();
            List<QuizProblem> found = QuizFileRules.check(edited, number, lessons);
            problems.removeAll();
            if (found.isEmpty()) {
                done.accept(edited);
                close();
            } else {
                problems.add(new QuizProblemList(found));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("authoring.cancel"), click -> close()), ok);
        setWidth("min(48rem, 96vw)");
    }

    /** Where the answer is taught: a lesson's opening or one of its sections, as the module's lessons are now. */
    private Component createTaughtIn(LessonSections lessons) {
        taughtIn.setLabel(getTranslation("authoring.question.taught-in"));
        taughtIn.setHelperText(getTranslation("authoring.question.taught-in-help"));
        taughtIn.setItems(lessons.places());
        taughtIn.setItemLabelGenerator(place -> place.inOpening()
                ? getTranslation("authoring.question.taught-in-opening", place.lesson())
                : place.lesson() + " — " + place.heading());
        TaughtIn current = TaughtIn.parse(question.taughtIn());
        taughtIn.setValue(lessons.has(current) && !current.lesson().isEmpty() ? current : null);
        taughtIn.setWidthFull();
        return taughtIn;
    }

    private Component createTypeFields() {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, SCENARIO ->
                choices = new RowsEditor<>(
                        getTranslation(
                                question.type() == QuestionType.MULTIPLE_CHOICE
                                        ? "authoring.quiz.choices-many"
                                        : "authoring.quiz.choices-one"),
                        getTranslation("authoring.quiz.add-choice"),
                        question.choices(),
                        this::choiceRow,
                        () -> new QuizQuestion.Choice("", false, ""));
            case TRUE_FALSE -> {
                answer.setLabel(getTranslation("authoring.quiz.answer"));
                answer.setItems(Boolean.TRUE, Boolean.FALSE);
                answer.setItemLabelGenerator(
                        value -> getTranslation(value ? "authoring.quiz.true" : "authoring.quiz.false"));
                answer.setValue(question.answer());
                yield answer;
            }
            case ORDERING ->
                items = new RowsEditor<>(
                        getTranslation("authoring.quiz.items"),
                        getTranslation("authoring.quiz.add-item"),
                        question.items(),
                        value -> textRow(value, "authoring.quiz.item"),
                        () -> "");
            case MATCHING ->
                pairs = new RowsEditor<>(
                        getTranslation("authoring.quiz.pairs"),
                        getTranslation("authoring.quiz.add-pair"),
                        question.pairs(),
                        this::pairRow,
                        () -> new QuizQuestion.Pair("", ""));
            case SHORT_ANSWER ->
                accepted = new RowsEditor<>(
                        getTranslation("authoring.quiz.accepted"),
                        getTranslation("authoring.quiz.add-accepted"),
                        question.accepted(),
                        value -> textRow(value, "authoring.quiz.accepted-one"),
                        () -> "");
        };
    }

    private RowsEditor.Row<QuizQuestion.Choice> choiceRow(QuizQuestion.Choice choice) {
        TextArea text = new TextArea(getTranslation("authoring.quiz.choice"));
        text.setValue(choice.text());
        Checkbox correct = new Checkbox(getTranslation("authoring.quiz.correct"), choice.correct());
        TextArea feedback = new TextArea(getTranslation("authoring.quiz.feedback"));
        feedback.setValue(choice.feedback());
        Div row = new Div(text, correct, feedback);
        row.addClassName("pn-choice-row");
        return new RowsEditor.Row<>() {
            public Component component() {
                return row;
            }

            public QuizQuestion.Choice value() {
                return new QuizQuestion.Choice(text.getValue(), correct.getValue(), feedback.getValue());
            }
        };
    }

    private RowsEditor.Row<QuizQuestion.Pair> pairRow(QuizQuestion.Pair pair) {
        TextField term = new TextField(getTranslation("authoring.quiz.term"));
        term.setValue(pair.term());
        TextField definition = new TextField(getTranslation("authoring.quiz.definition"));
        definition.setValue(pair.definition());
        Div row = new Div(term, definition);
        row.addClassName("pn-choice-row");
        return new RowsEditor.Row<>() {
            public Component component() {
                return row;
            }

            public QuizQuestion.Pair value() {
                return new QuizQuestion.Pair(term.getValue(), definition.getValue());
            }
        };
    }

    private RowsEditor.Row<String> textRow(String value, String labelKey) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setValue(value);
        text.setWidthFull();
        return new RowsEditor.Row<>() {
            public Component component() {
                return text;
            }

            public String value() {
                return text.getValue();
            }
        };
    }

    private QuizQuestion edited() {
        String chosenId = id.getValue().isBlank()
                ? TextSlugs.fromPrompt(prompt.getValue())
                : id.getValue().strip();
        return new QuizQuestion(
                chosenId,
                question.type(),
                situation.getValue(),
                prompt.getValue(),
                choices == null ? List.of() : choices.values(),
                answer.getValue(),
                items == null ? List.of() : items.values(),
                pairs == null ? List.of() : pairs.values(),
                accepted == null ? List.of() : accepted.values(),
                explanation.getValue(),
                taughtIn.getOptionalValue().map(TaughtIn::written).orElse(""),
                question.difficulty());
    }
}
