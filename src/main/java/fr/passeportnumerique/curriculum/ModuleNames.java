package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.i18n.Sentences;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Module numbers as people read them: their titles, joined as a sentence ("A, B et C"). */
public final class ModuleNames {

    private final Map<Integer, String> titles;

    public ModuleNames(List<ModuleSummary> modules) {
        this.titles = modules.stream().collect(Collectors.toMap(ModuleSummary::number, ModuleSummary::title));
    }

    public String title(int number) {
        return titles.getOrDefault(number, String.valueOf(number));
    }

    public String sentence(Collection<Integer> numbers, String and) {
        List<String> names = numbers.stream().sorted().map(this::title).toList();
        return Sentences.join(names, and);
    }
}
