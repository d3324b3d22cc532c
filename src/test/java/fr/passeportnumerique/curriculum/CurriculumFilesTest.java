package fr.passeportnumerique.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reading zip files in the content format: what is taken, what is left out, what refuses the file. */
class CurriculumFilesTest {

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static CurriculumFiles read(byte[] zip) throws Exception {
        return CurriculumFiles.fromZip(new ByteArrayInputStream(zip));
    }

    @Test
    void a_module_folder_is_read_with_or_without_a_leading_folder() throws Exception {
        CurriculumFiles files = read(zip(
                "export/modules/04-bureautique/module.md", "module",
                "export/modules/04-bureautique/lessons/01-a.md", "leçon",
                "export/modules/04-bureautique/.DS_Store", "caché",
                "__MACOSX/modules/04-bureautique/module.md", "métadonnées",
                "LISEZMOI.txt", "hors format"));

        assertThat(files.modules()).singleElement().satisfies(module -> {
            assertThat(module.folder()).isEqualTo("04-bureautique");
            assertThat(module.slug()).isEqualTo("bureautique");
            assertThat(module.files().keySet()).containsExactly("lessons/01-a.md", "module.md");
            assertThat(module.text("lessons/01-a.md")).contains("leçon");
        });
    }

    @Test
    void a_path_climbing_out_of_its_folder_refuses_the_whole_file() throws Exception {
        byte[] zip = zip("modules/04-bureautique/module.md", "ok", "modules/04-bureautique/../../evil.md", "x");

        assertThatThrownBy(() -> read(zip))
                .isInstanceOf(CurriculumFiles.UnreadableZipException.class)
                .hasMessage("zip-unsafe-path");
    }

    @Test
    void what_is_written_is_read_back_the_same() throws Exception {
        TreeMap<String, byte[]> content = new TreeMap<>();
        content.put("module.md", "---\nslug: x\n---\n".getBytes(StandardCharsets.UTF_8));
        content.put("media/schema.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        ModuleFiles module = new ModuleFiles("07-site-web", content);

        byte[] zip = new CurriculumFiles(List.of(module)).toZip();

        assertThat(read(zip).module("site-web").orElseThrow().sameFilesAs(module))
                .isTrue();
        assertThat(new CurriculumFiles(List.of(module)).toZip()).isEqualTo(zip);
    }

    @Test
    void a_file_that_is_not_a_zip_holds_no_module() throws Exception {
        assertThat(read("pas un zip".getBytes(StandardCharsets.UTF_8)).modules())
                .isEmpty();
    }
}
