package fr.passeportnumerique.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.account.DemoAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mistyped address is the site's « Page introuvable » with a 404, whoever types it; a real page that needs a
 * sign-in still leads to the sign-in page.
 */
@IntegrationTest
class UnknownAddressesIT {

    @LocalServerPort
    int port;

    private SiteClient site;

    @BeforeEach
    void openSite() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mon-espac", "/modules-inconnus/premiers-pas", "/accueil/tableau-de-bor", "/x.html"})
    void a_visitor_who_mistypes_an_address_gets_the_not_found_page(String path) {
        assertNotFoundPage(site.get(path), path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"apprenant@example.org", "accueil@example.org", "formateur@example.org", "admin@example.org"})
    void a_signed_in_person_who_mistypes_an_address_gets_the_not_found_page(String email) {
        site.signIn(email, DemoAccounts.PASSWORD);

        assertNotFoundPage(site.get("/mon-espac"), email);
        assertNotFoundPage(site.get("/accueil/tableau-de-bor"), email);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/mon-espace",
                "/mon-parcours",
                "/accueil/tableau-de-bord",
                "/atelier",
                "/mon-passeport/certificat.pdf"
            })
    void a_real_page_that_needs_a_sign_in_still_leads_to_the_sign_in_page(String path) {
        HttpResponse<String> answer = site.get(path);

        assertThat(answer.statusCode()).as(path).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .as(path)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/connexion"));
    }

    @Test
    void a_page_of_another_role_is_still_refused() {
        site.signIn("apprenant@example.org", DemoAccounts.PASSWORD);

        assertThat(site.status("/atelier")).isNotEqualTo(200);
        assertThat(site.status("/atelier-media/premiers-pas/image.png")).isEqualTo(403);
    }

    @Test
    void a_form_posted_to_an_unknown_address_is_still_refused() {
        HttpResponse<byte[]> answer = site.postJson("/adresse-inconnue", "{}", "Origin", "http://localhost:" + port);

        assertThat(answer.statusCode()).isIn(302, 403);
    }

    private static void assertNotFoundPage(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isEqualTo(404);
        assertThat(answer.body()).as(what).contains("Page introuvable");
    }
}
