package fr.passeportnumerique.handoff.ui;

import fr.passeportnumerique.curriculum.ModuleSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Module numbers as people read them: their titles, joined as a sentence ("A, B et C"). */
final class ModuleNames {

    private final Map<Integer, String> titles;

    ModuleNames(List<ModuleSummary> modules) {
        this.titles = modules.stream().collect(Collectors.toMap(ModuleSummary::number, ModuleSummary::title));
    }

    String title(int number) {
        return titles.getOrDefault(number, String.valueOf(number));
    }

    String sentence(Collection<Integer> numbers, String and) {
        List<String> names = numbers.stream().sorted().map(this::title).toList();
        return Sentences.join(names, and);
    }
}
