package fr.passeportnumerique;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

        String diagram = Files.readString(FOLDER.resolve("components.puml"));
        for (ApplicationModule module : modules) {
            assertThat(diagram).as(module.getIdentifier().toString()).contains(module.getDisplayName());
            assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .exists();
        }
    }
}
