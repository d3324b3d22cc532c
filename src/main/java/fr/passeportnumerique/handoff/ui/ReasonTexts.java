package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Component;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.handoff.MatchReason;
import java.util.Collection;
import java.util.List;

/** A match reason as a sentence: module numbers become titles, département codes names, paths their name. */
final class ReasonTexts {

    private ReasonTexts() {}

    static String of(Component view, MatchReason reason, ModuleNames modules) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> readable(view, argument, modules))
                .toArray();
        return view.getTranslation(reason.key(), arguments);
    }

    private static Object readable(Component view, Object argument, ModuleNames modules) {
        if (argument instanceof Collection<?> numbers) {
            List<Integer> modulesNumbers =
                    numbers.stream().map(Integer.class::cast).toList();
            return modules.sentence(modulesNumbers, view.getTranslation("list.and"));
        }
        if (argument instanceof FinancingPath path) {
            return view.getTranslation(path.translationKey());
        }
        if (argument instanceof String code) {
            return Territories.departement(code)
                    .map(departement -> departement.name() + ", " + code)
                    .orElse(code);
        }
        return argument;
    }
}
