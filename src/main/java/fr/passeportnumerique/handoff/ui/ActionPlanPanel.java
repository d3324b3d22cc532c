package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.handoff.MatchNeeds;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * "Mon plan d'action": up to five priorities among the twenty modules, which matching then favours. Before any is
 * chosen, the modules the learner's placement found to discover are offered as a start.
 */
class ActionPlanPanel extends Composite<Section> {

    ActionPlanPanel(
            List<ModuleSummary> modules,
            List<Integer> chosen,
            List<Integer> suggested,
            Consumer<List<Integer>> onSave) {
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
        getContent().add(new H2(getTranslation("plan.title")), new Paragraph(getTranslation("plan.lead")));
        if (chosen.isEmpty() && !suggested.isEmpty()) {
            List<ModuleSummary> suggestions = modules.stream()
                    .filter(module -> suggested.contains(module.number()))
                    .toList();
            Paragraph hint = new Paragraph(getTranslation(
                    "plan.suggested",
                    suggestions.size(),
                    suggestions.stream()
                            .map(module -> String.valueOf(module.number()))
                            .collect(Collectors.joining(", "))));
            Button take = new Button(getTranslation("plan.suggested.take"), click -> priorities.setValue(suggestions));
            take.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div suggestion = new Div(hint, take);
            suggestion.addClassName("pn-plan-suggestion");
            getContent().add(suggestion);
        }
        getContent().add(priorities, save);
    }
}
