package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The site's doors as a browser meets them: what is public, what asks to sign in, and signing in itself. */
@IntegrationTest
class SecurityHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private SiteClient site;

    @BeforeEach
    void openSite() {
        site = new SiteClient(port);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void the_catalogue_lessons_api_images_and_health_are_public() {
        assertThat(site.status("/")).isEqualTo(200);
        assertThat(site.status("/modules/premiers-pas/ranger-ses-fichiers")).isEqualTo(200);
        assertThat(site.status("/points-accueil")).isEqualTo(200);
        assertThat(site.status("/api/modules")).isEqualTo(200);
        assertThat(site.status("/media/premiers-pas/arborescence-dossiers.svg")).isEqualTo(200);
        assertThat(site.status("/actuator/health")).isEqualTo(200);
    }

    @Test
    void personal_and_administration_pages_send_anonymous_visitors_to_sign_in() {
        for (String path : new String[] {"/mon-espace", "/admin/contenu"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/connexion");
        }
    }

    @Test
    void signing_in_gives_a_new_session_id_and_opens_personal_pages() {
        site.get("/connexion");
        String before = site.sessionId().orElseThrow();

        HttpResponse<String> response = site.signIn("apprenant@example.org", DemoData.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("error");
        assertThat(site.sessionId()).isPresent().isNotEqualTo(Optional.of(before));
        assertThat(site.status("/mon-espace")).isEqualTo(200);
    }

    @Test
    void a_wrong_password_is_refused() {
        HttpResponse<String> response = site.signIn("apprenant@example.org", "not-the-password-at-all");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).contains("error");
        assertThat(site.status("/mon-espace")).isEqualTo(302);
    }

    @Test
    void repeated_failures_pause_sign_in_even_with_the_right_password() {
        String email = "karim-" + UUID.randomUUID() + "@electricite-exemple.fr";
        accounts.register(new Registration(
                "Karim Exemple", email, "Prise-Fusible-Tableau-9", RegistrationRulesTest.company(), null));
        for (int i = 0; i < 5; i++) {
            assertThat(location(site.signIn(email, "wrong-password-" + i))).contains("error");
        }

        HttpResponse<String> refused = site.signIn(email, "Prise-Fusible-Tableau-9");

        assertThat(location(refused)).contains("/connexion?bloque=1");
        assertThat(site.status("/mon-espace")).isEqualTo(302);
    }

    @Test
    void a_learner_cannot_open_the_administration_page_but_an_administrator_can() {
        site.signIn("apprenant@example.org", DemoData.PASSWORD);
        assertThat(site.status("/admin/contenu")).isNotEqualTo(200);

        site.forgetCookies();
        site.signIn("admin@example.org", DemoData.PASSWORD);
        assertThat(site.status("/admin/contenu")).isEqualTo(200);
    }
}
