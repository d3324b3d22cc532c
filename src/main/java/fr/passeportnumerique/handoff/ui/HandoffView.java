package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.Steps;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.financing.FinancingLinks;
import fr.passeportnumerique.handoff.ActionPlanService;
import fr.passeportnumerique.handoff.HandoffChoice;
import fr.passeportnumerique.handoff.HandoffPage;
import fr.passeportnumerique.handoff.HandoffService;
import fr.passeportnumerique.handoff.MatchNeeds;
import fr.passeportnumerique.handoff.MatchResult;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.quiz.PlacementResults;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * "Mon accompagnement": the learner's priorities, the financing path their company's age gives, the experts and packs
 * that match, the request to one to three experts, and the follow-up of each request.
 */
@Route(value = HandoffView.PATH, layout = MainLayout.class)
@Menu(order = 2.7, title = "layout.nav.handoff")
@RolesAllowed(AppRoles.LEARNER)
class HandoffView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "mon-accompagnement";
    private final HandoffService handoff;
    private final ActionPlanService plan;
    private final List<ModuleSummary> modules;
    private final ModuleNames moduleNames;

    private final PlacementResults placements;

    HandoffView(
            HandoffService handoff, ActionPlanService plan, CurriculumService curriculum, PlacementResults placements) {
        this.handoff = handoff;
        this.plan = plan;
        this.placements = placements;
        this.modules = curriculum.modules();
        this.moduleNames = new ModuleNames(modules);
        getContent().addClassName("pn-handoff");
        refresh();
    }

    /** The modules the learner's placement found to discover: suggested priorities, at most five. */
    private List<Integer> toDiscover() {
        return placements.mine().stream()
                .flatMap(outcome -> outcome.modules().stream())
                .filter(module -> module.level() == PlacementLevel.A_DECOUVRIR)
                .map(ModulePlacement::moduleNumber)
                .limit(MatchNeeds.MAX_PRIORITIES)
                .toList();
    }

    private void refresh() {
        H1 title = new H1(getTranslation("handoff.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("handoff.lead"));
        lead.addClassName("pn-lead");
        getContent().removeAll();
        getContent()
                .add(title, lead, new ActionPlanPanel(modules, plan.priorities(), toDiscover(), this::savePriorities));
        HandoffPage page = handoff.page();
        Optional<MatchResult> result = page.matches();
        if (result.isEmpty()) {
            Paragraph noCompany = new Paragraph(getTranslation("handoff.error.no-company"));
            noCompany.addClassName("pn-empty");
            getContent().add(noCompany);
            return;
        }
        getContent()
                .add(
                        financing(result.get()),
                        new RecommendationsPanel(result.get(), moduleNames, page.mayRequest(), this::send),
                        new MyRequestsPanel(page.requests(), this::withdraw));
    }

    private Component financing(MatchResult result) {
        Paragraph path = new Paragraph(getTranslation(
                "handoff.financing", getTranslation(result.financing().translationKey())));
        path.add(" ");
        path.add(new Anchor(
                FinancingLinks.simulation(Optional.empty(), Optional.of(result.financing())),
                getTranslation("handoff.financing.simulate")));
        path.addClassName("pn-your-path");
        path.setId("voie-financement");
        return path;
    }

    private void savePriorities(List<Integer> chosen) {
        act(() -> plan.choose(chosen), "plan.saved");
    }

    /** A refusal goes back to the form, which shows it beside what to change. */
    private void send(HandoffChoice choice) {
        handoff.send(choice);
        Steps.done(getTranslation("handoff.sent"));
        refresh();
    }

    private void withdraw(long requestId) {
        act(() -> handoff.withdraw(requestId), "handoff.withdrawn");
    }

    private void act(Runnable step, String doneKey) {
        if (Steps.run(this, step, getTranslation(doneKey))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("handoff.title"));
    }
}
