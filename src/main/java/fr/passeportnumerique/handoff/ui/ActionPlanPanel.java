package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.handoff.MatchNeeds;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** "Mon plan d'action": up to five priorities among the twenty modules, which matching then favours. */
class ActionPlanPanel extends Composite<Section> {

    ActionPlanPanel(List<ModuleSummary> modules, List<Integer> chosen, Consumer<List<Integer>> onSave) {
        MultiSelectComboBox<ModuleSummary> priorities = new MultiSelectComboBox<>(getTranslation("plan.field"));
        priorities.setItems(modules);
        priorities.setItemLabelGenerator(module -> module.number() + ". " + module.title());
        priorities.setValue(modules.stream()
                .filter(module -> chosen.contains(module.number()))
                .toList());
        priorities.setHelperText(getTranslation("plan.help"));
        priorities.setId("priorites");
        priorities.addValueChangeListener(change -> {
            boolean tooMany = change.getValue().size() > MatchNeeds.MAX_PRIORITIES;
            priorities.setInvalid(tooMany);
            priorities.setErrorMessage(tooMany ? getTranslation("plan.error.too-many") : null);
        });
        Button save = new Button(getTranslation("plan.save"), click -> {
            if (!priorities.isInvalid()) {
                onSave.accept(priorities.getValue().stream()
                        .sorted(Comparator.comparingInt(ModuleSummary::number))
                        .map(ModuleSummary::number)
                        .toList());
            }
        });
        save.setId("enregistrer-priorites");
        getContent().addClassNames("pn-panel", "pn-action-plan");
        getContent()
                .add(
                        new H2(getTranslation("plan.title")),
                        new Paragraph(getTranslation("plan.lead")),
                        priorities,
                        save);
    }
}
