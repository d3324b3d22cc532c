package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PathChoice;
import fr.passeportnumerique.quiz.PlacementLevel;
import java.util.Locale;
import java.util.function.Consumer;

/** One module of the placement's result: its evidence, the path chosen for it, and its quiz when it is mastered. */
class PlacementModuleRow extends Composite<Article> {

    PlacementModuleRow(ModulePlacement module, Consumer<PathChoice> onChoice) {
        getContent().addClassName("pn-placement-module");
        H3 title = new H3(getTranslation("module.label", module.moduleNumber(), module.moduleTitle()));
        CurriculumLanguage.french(title);
        Paragraph evidence = new Paragraph(getTranslation("placement.evidence", module.questions(), module.correct()));
        evidence.addClassName("pn-help");
        Select<PathChoice> path = new Select<>();
        path.setLabel(getTranslation("placement.path.label"));
        path.setItems(PathChoice.values());
        path.setItemLabelGenerator(
                choice -> getTranslation("placement.path." + choice.name().toLowerCase(Locale.ROOT)));
        path.setValue(module.path());
        path.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onChoice.accept(change.getValue());
            }
        });
        Div side = new Div(path);
        side.addClassName("pn-placement-choice");
        if (module.level() == PlacementLevel.ACQUIS) {
            side.add(MainLayout.routerAnchor(
                    "modules/" + module.moduleSlug() + "/quiz", new Text(getTranslation("placement.test-out"))));
        } else {
            side.add(MainLayout.routerAnchor(
                    "modules/" + module.moduleSlug(), new Text(getTranslation("placement.open-module"))));
        }
        getContent().add(new Div(title, evidence), side);
    }
}
