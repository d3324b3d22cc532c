package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.ActivityTracker;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.QuizLockedException;
import fr.passeportnumerique.quiz.QuizResult;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's quiz: every question on one page, the answers kept while the learner answers (with the page's activity
 * reports, see {@link AnswerSheet}), then the result.
 */
@Route(value = "modules/:" + QuizView.MODULE + "/quiz", layout = MainLayout.class)
@RolesAllowed(AppRoles.LEARNER)
class QuizView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String MODULE = "moduleSlug";
    private final QuizService quizzes;
    private final CurriculumService curriculum;
    private final LearnerActivity activity;
    private final Clock clock;
    private final List<QuestionCard> cards = new ArrayList<>();
    private QuizSession session;

    QuizView(QuizService quizzes, CurriculumService curriculum, LearnerActivity activity, Clock clock) {
        this.quizzes = quizzes;
        this.curriculum = curriculum;
        this.activity = activity;
        this.clock = clock;
        getContent().addClassName("pn-quiz");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String module = event.getRouteParameters().get(MODULE).orElse("");
        try {
            session = quizzes.start(module);
        } catch (IllegalArgumentException noQuiz) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (QuizLockedException locked) {
            showLocked(module, locked.missingModules());
            return;
        }
        showQuestions();
    }

    private H1 showQuestions() {
        getContent().removeAll();
        cards.clear();
        H1 title = new H1(getTranslation("quiz.title"));
        title.addClassName("pn-title");
        title.getElement().setAttribute("tabindex", "-1");
        Paragraph lead =
                new Paragraph(getTranslation("quiz.lead", session.questions().size(), session.passMark()));
        lead.addClassName("pn-lead");
        AnswerSheet sheet = new AnswerSheet(this::keep);
        getContent().add(title, lead, sheet);
        for (int i = 0; i < session.questions().size(); i++) {
            QuizSession.Shown shown = session.questions().get(i);
            QuestionCard card = new QuestionCard(
                    i + 1, shown, session.savedAnswers().get(shown.question().id()), this::saveAnswers);
            cards.add(card);
            sheet.add(card);
        }
        Button submit = new Button(getTranslation("quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        sheet.sendsWith(submit, this::submit);
        sheet.add(submit, new ActivityTracker(activity, Place.quiz(session.moduleSlug()), clock));
        return title;
    }

    private void showLocked(String moduleSlug, List<String> missing) {
        getContent().removeAll();
        H1 title = new H1(getTranslation("quiz.title"));
        title.addClassName("pn-title");
        UnorderedList modules = new UnorderedList();
        missing.stream()
                .map(curriculum::module)
                .flatMap(Optional::stream)
                .map(ModuleDetail::link)
                .forEach(link -> modules.add(new ListItem(MainLayout.routerAnchor(
                        "modules/" + link.slug(),
                        new Text(getTranslation("module.label", link.number(), link.title()))))));
        Div notice = new Div(
                VaadinIcon.LOCK.create(),
                new Div(new Paragraph(getTranslation("quiz.locked")), modules),
                MainLayout.routerAnchor("modules/" + moduleSlug, new Text(getTranslation("quiz.back-to-module"))));
        notice.addClassName("pn-locked");
        getContent().add(title, notice);
    }

    private Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            answers.put(session.questions().get(i).question().id(), cards.get(i).answer());
        }
        return answers;
    }

    private void saveAnswers() {
        quizzes.saveAnswers(session.attemptId(), answers());
    }

    private void keep(FormValues values) {
        cards.forEach(card -> card.take(values));
        saveAnswers();
    }

    private void submit(FormValues values) {
        cards.forEach(card -> card.take(values));
        QuizResult result = quizzes.submit(session.attemptId(), answers());
        getContent().removeAll();
        getContent()
                .add(new QuizResultPanel(result, place -> curriculum.section(result.moduleSlug(), place), this::retry));
    }

    private void retry() {
        session = quizzes.start(session.moduleSlug());
        // The new questions replace the button just pressed: reading starts again at the quiz's heading.
        showQuestions().getElement().executeJs("this.focus()");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("quiz.title"));
    }
}
