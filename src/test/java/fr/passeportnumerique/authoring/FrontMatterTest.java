package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final String LESSON = """
            ---
            slug: mots-de-passe
            title: "Des mots de passe solides"
            duration_minutes: 15
            objectives:
              - Créer un mot de passe
              - Utiliser un gestionnaire
            ---
            Le texte.
            """;

    @Test
    void unchanged_fields_keep_their_lines_as_written() {
        assertThat(FrontMatter.parse(LESSON).render()).isEqualTo(LESSON);
    }

    @Test
    void a_changed_field_is_quoted_so_that_a_colon_or_a_quote_cannot_break_the_file() {
        String text = FrontMatter.parse(LESSON)
                .with("title", "Mots de passe : le \"bon\" réflexe")
                .render();

        FrontMatter again = FrontMatter.parse(text);
        assertThat(again.text("title")).isEqualTo("Mots de passe : le \"bon\" réflexe");
        assertThat(again.text("slug")).isEqualTo("mots-de-passe");
        assertThat(again.texts("objectives")).containsExactly("Créer un mot de passe", "Utiliser un gestionnaire");
        assertThat(text).contains("slug: mots-de-passe\n").contains("  - Utiliser un gestionnaire\n");
    }

    @Test
    void a_changed_list_is_written_in_a_form_yaml_reads_back() {
        String text = FrontMatter.parse(LESSON)
                .with("objectives", List.of("Un objectif, avec virgule", "Deux : avec deux-points"))
                .render();

        assertThat(FrontMatter.parse(text).texts("objectives"))
                .containsExactly("Un objectif, avec virgule", "Deux : avec deux-points");
    }
}
