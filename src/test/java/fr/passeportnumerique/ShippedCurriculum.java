package fr.passeportnumerique;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import java.nio.file.Path;

/** The curriculum shipped in {@code content/}, published again after a test changed it. */
public final class ShippedCurriculum {

    public static final Path CONTENT = Path.of("content");

    private ShippedCurriculum() {}

    public static void restore(ContentImportService imports) {
        assertThat(imports.importFrom(CONTENT).outcome()).isNotEqualTo(ImportOutcome.FAILED);
    }
}
