package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.quiz.PlacementOutcome;
import fr.passeportnumerique.quiz.PlacementResults;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * The placement's result: each module acquis, à consolider or à découvrir, with the questions that say so, and the
 * path it proposes (skip, start with, follow), which the learner changes module by module. A module found mastered
 * offers its quiz, which then validates it alone.
 */
@Route(value = PlacementView.PATH + "/resultat", layout = MainLayout.class)
@RolesAllowed(AppRoles.LEARNER)
class PlacementResultView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final PlacementResults results;

    PlacementResultView(PlacementResults results) {
        this.results = results;
        getContent().addClassNames("pn-placement", "pn-placement-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        getContent().removeAll();
        H1 title = new H1(getTranslation("placement.result.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        results.mine().ifPresentOrElse(this::show, this::showNone);
    }

    private void show(PlacementOutcome outcome) {
        Paragraph lead = new Paragraph(getTranslation(
                "placement.result.lead",
                outcome.questions(),
                outcome.count(PlacementLevel.ACQUIS),
                outcome.count(PlacementLevel.A_CONSOLIDER),
                outcome.count(PlacementLevel.A_DECOUVRIR)));
        lead.addClassName("pn-lead");
        Paragraph saved = new Paragraph(getTranslation(
                "placement.result.path",
                Durations.format(outcome.minutesInAll(), getLocale()),
                Durations.format(outcome.minutesInAll() - outcome.minutesSaved(), getLocale())));
        saved.addClassName("pn-placement-saving");
        saved.getElement().setAttribute("role", "status");
        getContent().add(lead, saved);
        for (PlacementLevel level : PlacementLevel.values()) {
            List<ModulePlacement> modules = outcome.modules().stream()
                    .filter(module -> module.level() == level)
                    .toList();
            if (!modules.isEmpty()) {
                getContent().add(group(level, modules));
            }
        }
        getContent().add(MainLayout.routerAnchor(PlacementView.PATH, new Text(getTranslation("placement.again"))));
    }

    /** The modules of one level, each with its path and its link. */
    private Div group(PlacementLevel level, List<ModulePlacement> modules) {
        String key = level.name().toLowerCase(Locale.ROOT);
        Div group = new Div(
                new H2(getTranslation("placement.level." + key)),
                new Paragraph(getTranslation("placement.level." + key + ".help")));
        group.addClassNames("pn-placement-group", "pn-level-" + key);
        for (ModulePlacement module : modules) {
            group.add(new PlacementModuleRow(module, choice -> {
                results.choosePath(module.moduleSlug(), choice);
                render();
            }));
        }
        return group;
    }

    private void showNone() {
        Paragraph none = new Paragraph(getTranslation("placement.result.none"));
        getContent()
                .add(none, MainLayout.routerAnchor(PlacementView.PATH, new Text(getTranslation("placement.start"))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("placement.result.title"));
    }
}
