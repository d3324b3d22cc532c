package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.ViewTestSupport;
import org.junit.jupiter.api.Test;

class WelcomePointsViewIT extends ViewTestSupport {

    @Test
    void before_searching_the_page_says_what_to_type() {
        navigate("points-accueil");

        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText(
                                "Tapez votre code postal, le nom de votre ville ou le numéro de votre département.")))
                .isNotNull();
    }

    @Test
    void a_postcode_lists_the_points_of_its_departement_without_a_join_button_for_visitors() {
        navigate("points-accueil");

        _get(TextField.class).setValue("35000");

        assertThat(_get(H2.class).getText()).isEqualTo("4 points d’accueil");
        assertThat(_find(WelcomePointCard.class)).hasSize(4);
        assertThat(_find(H3.class)).extracting(H3::getText).contains("CCI exemple de Rennes");
        assertThat(_find(Button.class)).isEmpty();
    }

    @Test
    void a_search_that_finds_nothing_suggests_another_way() {
        navigate("points-accueil");

        _get(TextField.class).setValue("Trifouillis");

        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Aucun point d’accueil trouvé pour")
                        && text.contains("Trifouillis")
                        && text.endsWith("par exemple 35."));
    }
}
