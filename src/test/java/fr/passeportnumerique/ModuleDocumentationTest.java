package fr.passeportnumerique;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the modules' diagram and canvases into {@code docs/modules}, so that the documentation follows the code: a
 * change of module shows in the diff of the commit that makes it.
 */
class ModuleDocumentationTest {

    private static final Path FOLDER = Path.of("docs", "modules");

    @Test
    void the_module_diagram_and_canvases_are_written_into_the_docs() throws IOException {
        ApplicationModules modules = ApplicationModules.of(Application.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();

        String diagram = relationsSorted(FOLDER.resolve("components.puml"));
        for (ApplicationModule module : modules) {
            assertThat(diagram).as(module.getIdentifier().toString()).contains(module.getDisplayName());
            assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .exists();
        }
    }

    /** The documenter lists relations in no fixed order: sorted, the file changes only when a relation does. */
    private static String relationsSorted(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations =
                lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        int first =
                (int) lines.stream().takeWhile(line -> !line.startsWith("Rel(")).count();
        List<String> others =
                lines.stream().filter(line -> !line.startsWith("Rel(")).toList();
        List<String> sorted = new ArrayList<>(others.subList(0, first));
        sorted.addAll(relations);
        sorted.addAll(others.subList(first, others.size()));
        String text = String.join("\n", sorted);
        Files.writeString(diagram, text);
        return text;
    }
}
