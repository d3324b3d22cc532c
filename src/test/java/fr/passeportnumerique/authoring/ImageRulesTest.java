package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageRulesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @Test
    void an_image_is_known_by_its_bytes_and_named_safely() {
        ImageRules.Checked checked = ImageRules.check("../../Schéma Réseau.JPG", PNG);

        assertThat(checked.extension()).isEqualTo("png");
        assertThat(checked.baseName()).isEqualTo("schema-reseau");
    }

    @Test
    void a_script_dressed_as_an_image_and_an_svg_are_refused() {
        assertThatThrownBy(() ->
                        ImageRules.check("photo.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("authoring.error.image-type");
        assertThatThrownBy(() -> ImageRules.check(
                        "dessin.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("authoring.error.image-type");
    }

    @Test
    void an_empty_or_too_large_file_is_refused() {
        assertThatThrownBy(() -> ImageRules.check("vide.png", new byte[0])).hasMessage("authoring.error.image-empty");
        byte[] large = new byte[ImageRules.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        assertThatThrownBy(() -> ImageRules.check("grande.png", large)).hasMessage("authoring.error.image-too-large");
    }
}
