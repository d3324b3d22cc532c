package fr.passeportnumerique.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** « Page introuvable » speaks of the address, not of modules and lessons: staff and experts read it too. */
class NotFoundViewIT extends ViewTestSupport {

    /** An address that reaches a view, which finds nothing to show (Karibu leaves an address without a view). */
    private static final String UNKNOWN = "modules/module-inconnu";

    @ParameterizedTest
    @ValueSource(
            strings = {"apprenant@example.org", "accueil@example.org", "formateur@example.org", "admin@example.org"})
    void the_not_found_page_speaks_of_the_address_to_everyone(String email) {
        signInWithAccount(email);
        navigate(UNKNOWN);

        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(text())
                .contains("adresse")
                .doesNotContainIgnoringCase("module")
                .doesNotContainIgnoringCase("leçon");
    }

    @Test
    void the_not_found_page_speaks_of_the_address_in_english_too() {
        navigate(UNKNOWN);
        useEnglish();

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(text())
                .contains("address")
                .doesNotContainIgnoringCase("module")
                .doesNotContainIgnoringCase("lesson");
    }

    private static String text() {
        return _get(Paragraph.class, spec -> spec.withClasses("pn-lead")).getText();
    }
}
