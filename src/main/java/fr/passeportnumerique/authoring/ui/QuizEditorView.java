package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.QuizDraft;
import fr.passeportnumerique.authoring.QuizDraftService;
import fr.passeportnumerique.authoring.QuizProblemsException;
import fr.passeportnumerique.authoring.StaleDraftException;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A module's quiz: its pass mark, how many questions an attempt draws, and its questions, each edited with the form
 * of its type. Saved as a draft when every question follows its type's rules.
 */
@Route(value = "atelier/:module/quiz", layout = MainLayout.class)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class QuizEditorView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizDraftService drafts;
    private final IntegerField passMark = new IntegerField();
    private final IntegerField draw = new IntegerField();
    private final Div questionList = new Div();
    private final Div problems = new Div();
    private QuizDraft quiz;
    private List<QuizQuestion> questions;

    QuizEditorView(QuizDraftService drafts) {
        this.drafts = drafts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            quiz = drafts.quiz(event.getRouteParameters().get("module").orElse(""));
        } catch (AuthoringException missing) {
            event.rerouteTo(AuthoringView.class);
            return;
        }
        questions = new ArrayList<>(quiz.questions());
        build();
    }

    private void build() {
        getContent().removeAll();
        H1 title = new H1(getTranslation("authoring.quiz.title"));
        title.addClassName("pn-title");
        passMark.setLabel(getTranslation("authoring.quiz.pass-mark"));
        passMark.setMin(1);
        passMark.setMax(100);
        passMark.setSuffixComponent(new Span("%"));
        passMark.setValue(quiz.passMark());
        draw.setLabel(getTranslation("authoring.quiz.draw"));
        draw.setHelperText(getTranslation("authoring.quiz.draw-help"));
        draw.setMin(1);
        draw.setValue(quiz.draw().orElse(null));
        Div fields = new Div(passMark, draw);
        fields.addClassName("pn-quiz-settings");
        problems.addClassName("pn-quiz-problems");
        getContent()
                .add(
                        WorkshopLinks.module(quiz.moduleSlug(), getTranslation("authoring.back-to-module")),
                        title,
                        StatusBadge.of(this, quiz.status()),
                        fields,
                        problems,
                        new H2(getTranslation("authoring.quiz.questions")),
                        questionList,
                        createAdd(),
                        createSave());
        showQuestions();
    }

    private void showQuestions() {
        questionList.removeAll();
        if (questions.isEmpty()) {
            questionList.add(new Paragraph(getTranslation("authoring.quiz.empty")));
        }
        for (int i = 0; i < questions.size(); i++) {
            questionList.add(createCard(i));
        }
    }

    private Component createCard(int index) {
        QuizQuestion question = questions.get(index);
        return new QuestionSummaryCard(
                question, typeName(question.type()), index + 1, questions.size(), new QuestionSummaryCard.Actions() {
                    public void edit() {
                        new QuestionDialog(
                                        question, index + 1, quiz.lessons(), QuizEditorView.this::typeName, edited -> {
                                            questions.set(index, edited);
                                            showQuestions();
                                        })
                                .open();
                    }

                    public void move(int by) {
                        QuizEditorView.this.move(index, by);
                    }

                    public void remove() {
                        questions.remove(index);
                        showQuestions();
                    }
                });
    }

    private void move(int index, int by) {
        QuizQuestion moved = questions.remove(index);
        questions.add(index + by, moved);
        showQuestions();
    }

    private Component createAdd() {
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("authoring.quiz.new-type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(this::typeName);
        type.setValue(QuestionType.SINGLE_CHOICE);
        Button add = new Button(
                getTranslation("authoring.quiz.add"),
                click -> new QuestionDialog(
                                QuizQuestion.blank(type.getValue()),
                                questions.size() + 1,
                                quiz.lessons(),
                                this::typeName,
                                created -> {
                                    questions.add(created);
                                    showQuestions();
                                })
                        .open());
        Div row = new Div(type, add);
        row.addClassNames("pn-actions-row", "pn-authoring-add");
        return row;
    }

    private Component createSave() {
        Button save = new Button(getTranslation("authoring.save-draft"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-quiz");
        Div row = new Div(save);
        row.addClassName("pn-actions-row");
        return row;
    }

    private void save() {
        problems.removeAll();
        Integer mark = passMark.getValue();
        try {
            quiz = drafts.saveQuiz(quiz.with(mark == null ? 0 : mark, Optional.ofNullable(draw.getValue()), questions));
            questions = new ArrayList<>(quiz.questions());
            build();
            Outcomes.done(getTranslation("authoring.saved"));
        } catch (QuizProblemsException invalid) {
            problems.add(new QuizProblemList(invalid.problems()));
            Outcomes.refused(this, getTranslation("authoring.quiz.not-saved"));
        } catch (StaleDraftException stale) {
            Outcomes.refused(this, getTranslation("authoring.error.stale-quiz"));
        } catch (AuthoringException refused) {
            Outcomes.refused(this, refused);
        }
    }

    String typeName(QuestionType type) {
        return getTranslation("authoring.quiz.type." + type.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("authoring.quiz.title"));
    }
}
