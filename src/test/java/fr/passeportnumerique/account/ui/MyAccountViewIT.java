package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class MyAccountViewIT extends ViewTestSupport {

    private static final String NEW_PASSWORD = "Nouveau-Pain-Levain-2027";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private String email;
    private SiteClient phone;

    @BeforeEach
    void signInHereAndOnAPhone() {
        email = TestLearners.register(accounts, "my-space");
        phone = new SiteClient(port);
        phone.status("/");
        phone.signIn(email, TestLearners.PASSWORD);
        assertThat(phone.status("/mon-espace")).isEqualTo(200);
        signInAs(email, AppRoles.LEARNER);
        navigate("mon-espace");
    }

    @Test
    void changing_my_password_here_signs_out_my_phone() {
        fill("Mot de passe actuel", TestLearners.PASSWORD);
        fill("Nouveau mot de passe", NEW_PASSWORD);
        fill("Le même mot de passe, une deuxième fois", NEW_PASSWORD);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Changer mon mot de passe")));

        assertThat(encoder.matches(NEW_PASSWORD, passwordHash())).isTrue();
        assertThat(phone.status("/mon-espace")).isEqualTo(302);
    }

    @Test
    void a_wrong_current_password_is_pointed_out_and_changes_nothing() {
        fill("Mot de passe actuel", "Pas-Le-Bon-Mot-De-Passe");
        fill("Nouveau mot de passe", NEW_PASSWORD);
        fill("Le même mot de passe, une deuxième fois", NEW_PASSWORD);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Changer mon mot de passe")));

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Mot de passe actuel"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Ce n’est pas votre mot de passe actuel.");
        assertThat(encoder.matches(TestLearners.PASSWORD, passwordHash())).isTrue();
        assertThat(phone.status("/mon-espace")).isEqualTo(200);
    }

    @Test
    void signing_out_everywhere_ends_my_phone_session_too() {
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Me déconnecter partout")));

        assertThat(phone.status("/mon-espace")).isEqualTo(302);
    }

    private static void fill(String label, String value) {
        _get(PasswordField.class, spec -> spec.withLabel(label)).setValue(value);
    }

    private String passwordHash() {
        return jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
    }
}
