package fr.passeportnumerique.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserQueryTest {

    @Test
    void balanced_quotes_make_phrases_and_the_rest_is_free_text() {
        UserQuery query = UserQuery.parse("\"mot de passe\" oublié « double authentification »");

        assertThat(query.phrases()).containsExactly("mot de passe", "double authentification");
        assertThat(query.freeText()).isEqualTo("oublié");
    }

    @Test
    void an_unbalanced_quote_is_dropped() {
        UserQuery query = UserQuery.parse("facture \"électronique");

        assertThat(query.phrases()).isEmpty();
        assertThat(query.freeText()).isEqualTo("facture électronique");
    }

    @Test
    void markup_control_characters_and_excess_length_are_removed() {
        assertThat(UserQuery.parse("<script>alert(1)</script>site").freeText()).isEqualTo("alert(1) site");
        assertThat(UserQuery.parse("mail\u0000\u0007web").freeText()).isEqualTo("mail web");
        assertThat(UserQuery.parse("a".repeat(10_000)).freeText()).hasSize(UserQuery.MAX_LENGTH);
        assertThat(UserQuery.parse(null).isEmpty()).isTrue();
        assertThat(UserQuery.parse("   ").isEmpty()).isTrue();
    }
}
