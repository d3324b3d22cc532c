package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(uri("/connexion"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    @Test
    void the_catalogue_lessons_api_images_and_health_are_public() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/modules/premiers-pas/ranger-ses-fichiers").statusCode())
                .isEqualTo(200);
        assertThat(get("/points-accueil").statusCode()).isEqualTo(200);
        assertThat(get("/api/modules").statusCode()).isEqualTo(200);
        assertThat(get("/media/premiers-pas/arborescence-dossiers.svg").statusCode())
                .isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void personal_and_administration_pages_send_anonymous_visitors_to_sign_in() throws Exception {
        for (String path : new String[] {"/mon-espace", "/admin/contenu"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion"));
        }
    }

    @Test
    void signing_in_gives_a_new_session_id_and_opens_personal_pages() throws Exception {
        get("/connexion");
        String before = sessionId().orElseThrow();

        HttpResponse<String> response = signIn("apprenant@example.org", DemoData.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(sessionId()).isPresent().isNotEqualTo(Optional.of(before));
        assertThat(get("/mon-espace").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        HttpResponse<String> response = signIn("apprenant@example.org", "not-the-password-at-all");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(get("/mon-espace").statusCode()).isEqualTo(302);
    }

    @Test
    void repeated_failures_pause_sign_in_even_with_the_right_password() throws Exception {
        String email = "karim-" + java.util.UUID.randomUUID() + "@electricite-exemple.fr";
        accounts.register(new Registration(
                "Karim Exemple", email, "Prise-Fusible-Tableau-9", RegistrationRulesTest.company(), null));
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "wrong-password-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .contains("error");
        }

        HttpResponse<String> refused = signIn(email, "Prise-Fusible-Tableau-9");

        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/connexion?bloque=1");
        assertThat(get("/mon-espace").statusCode()).isEqualTo(302);
    }

    @Test
    void a_learner_cannot_open_the_administration_page_but_an_administrator_can() throws Exception {
        signIn("apprenant@example.org", DemoData.PASSWORD);
        assertThat(get("/admin/contenu").statusCode()).isNotEqualTo(200);

        cookies.getCookieStore().removeAll();
        signIn("admin@example.org", DemoData.PASSWORD);
        assertThat(get("/admin/contenu").statusCode()).isEqualTo(200);
    }
}
