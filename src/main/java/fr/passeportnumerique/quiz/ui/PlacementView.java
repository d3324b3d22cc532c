package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.quiz.PlacementService;
import fr.passeportnumerique.quiz.PlacementStep;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * « Faire le point »: the adaptive placement test, one question at a time. An introduction first (what it is, how
 * long, that it can be left and resumed); then each question with its module and the time left; at the end, the
 * result page. Coming back shows the question that was on screen.
 */
@Route(value = PlacementView.PATH, layout = MainLayout.class)
@RolesAllowed(AppRoles.LEARNER)
class PlacementView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "positionnement";

    private final PlacementService placements;

    PlacementView(PlacementService placements) {
        this.placements = placements;
        getContent().addClassNames("pn-quiz", "pn-placement");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        placements.resume().ifPresentOrElse(this::show, this::showIntroduction);
    }

    private void showIntroduction() {
        getContent().removeAll();
        Paragraph lead = new Paragraph(getTranslation("placement.intro.lead"));
        lead.addClassName("pn-lead");
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("placement.intro.time")),
                new ListItem(getTranslation("placement.intro.adaptive")),
                new ListItem(getTranslation("placement.intro.resume")),
                new ListItem(getTranslation("placement.intro.result")));
        facts.addClassName("pn-placement-facts");
        Button start = new Button(getTranslation("placement.start"), click -> next(placements.start()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        getContent().add(title(), lead, facts, start);
    }

    private void show(PlacementStep step) {
        getContent().removeAll();
        H1 title = title();
        title.getElement().setAttribute("tabindex", "-1");
        Span where = new Span(
                getTranslation("placement.question.where", step.position(), step.moduleNumber(), step.moduleTitle()));
        where.addClassName("pn-eyebrow");
        Paragraph time = new Paragraph(getTranslation(
                "placement.time-left", Math.max(1, (step.timeLeft().toSeconds() + 59) / 60)));
        time.addClassName("pn-placement-time");
        time.getElement().setAttribute("role", "status");
        AnswerSheet sheet = new AnswerSheet(values -> {});
        QuestionCard card = new QuestionCard(step.position(), step.shown(), null, () -> {});
        Button send = new Button(getTranslation("placement.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        sheet.sendsWith(send, values -> {
            card.take(values);
            next(placements.answer(step.testId(), step.position(), card.answer()));
        });
        Button stop = new Button(getTranslation("placement.stop"), click -> {
            placements.finishNow(step.testId());
            UI.getCurrent().navigate(PlacementResultView.class);
        });
        stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph leave = new Paragraph(getTranslation("placement.leave"));
        leave.addClassName("pn-help");
        Div actions = new Div(send, stop);
        actions.addClassName("pn-actions");
        sheet.add(card, actions);
        getContent().add(title, where, time, sheet, leave);
        title.getElement().executeJs("this.focus()");
    }

    private void next(Optional<PlacementStep> step) {
        step.ifPresentOrElse(this::show, () -> UI.getCurrent().navigate(PlacementResultView.class));
    }

    private H1 title() {
        H1 title = new H1(getTranslation("placement.title"));
        title.addClassName("pn-title");
        return title;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("placement.title"));
    }
}
