package fr.passeportnumerique.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public verification page in its three states, and its form. */
class VerifyViewIT extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String code;

    @BeforeEach
    void aCertificate() {
        String email = TestLearners.register(accounts, "yann");
        code = "V" + Long.toString(System.nanoTime(), 32).toUpperCase().replaceAll("[ILOU]", "7");
        code = (code + "0".repeat(24)).substring(0, 24);
        jdbc.update(
                "insert into certificate (code, account_id, learner_name, company_name, issued_at)"
                        + " select ?, id, 'Yann Exemple', 'Atelier Exemple', '2026-10-01 10:00:00' from user_account where email = ?",
                code,
                email);
    }

    private String heading() {
        return _get(H2.class, spec -> spec.withClasses("pn-verification-title")).getText();
    }

    @Test
    void a_valid_code_shows_the_holder_and_the_modules() {
        navigate("verifier/" + code.toLowerCase());

        assertThat(heading()).isEqualTo("Certificat valide");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("Yann Exemple", "Atelier Exemple", "1er octobre 2026"));
    }

    @Test
    void a_revoked_certificate_says_so_with_its_reason() {
        jdbc.update(
                "update certificate set revoked_at = '2026-11-02 09:00:00', revoked_reason = 'Erreur de saisie' where code = ?",
                code);

        navigate("verifier/" + code);

        assertThat(heading()).isEqualTo("Certificat révoqué");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("Erreur de saisie"));
    }

    @Test
    void an_unknown_code_explains_what_to_check() {
        navigate("verifier/n'importe quoi <b>");

        assertThat(heading()).isEqualTo("Aucun certificat ne correspond à ce code");
    }

    @Test
    void the_form_checks_a_typed_code_and_asks_for_one_when_empty() {
        navigate("verifier");
        Button check = _get(Button.class, spec -> spec.withText("Vérifier"));

        ButtonKt._click(check);
        assertThat(_get(TextField.class).isInvalid()).isTrue();

        _get(TextField.class).setValue(code);
        ButtonKt._click(check);
        assertThat(heading()).isEqualTo("Certificat valide");
    }
}
