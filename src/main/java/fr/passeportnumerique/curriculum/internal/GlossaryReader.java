package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.GlossaryTerm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a module's {@code glossary.yaml}: {@code terms}, each a {@code term} and a one-sentence {@code definition}. */
final class GlossaryReader {

    static final String GLOSSARY_FILE = "glossary.yaml";
    private final Problems problems;

    GlossaryReader(Problems problems) {
        this.problems = problems;
    }

    List<GlossaryTerm> read(Path file, ContentFiles files) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Problems.FileProblems here = problems.in(files.display(file));
        Optional<YamlMap> yaml = files.text(file, here).flatMap(text -> YamlMap.parse(text, 1, here));
        if (yaml.isEmpty()) {
            return List.of();
        }
        yaml.get().rejectUnknownKeys(Set.of("terms"));
        List<GlossaryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap entry : yaml.get().maps("terms", true)) {
            entry.rejectUnknownKeys(Set.of("term", "definition"));
            Optional<String> term = entry.text("term", true, GlossaryTerm.TERM_MAX_LENGTH);
            Optional<String> definition = entry.text("definition", true, GlossaryTerm.DEFINITION_MAX_LENGTH);
            term.filter(value -> !seen.add(value.toLowerCase(Locale.ROOT)))
                    .ifPresent(value -> here.add(entry.lineOf("term"), "duplicate-term", value));
            if (term.isPresent() && definition.isPresent()) {
                terms.add(new GlossaryTerm(term.get(), definition.get()));
            }
        }
        return terms;
    }
}
