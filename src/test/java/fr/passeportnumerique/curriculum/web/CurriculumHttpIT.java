package fr.passeportnumerique.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CurriculumHttpIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_modules_api_lists_each_module_with_its_number_slug_title_and_lesson_count() throws Exception {
        HttpResponse<String> response = get("/api/modules");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .startsWith(
                        "[{\"number\":1,\"slug\":\"premiers-pas\",\"title\":\"Premiers pas numériques\",\"lessonCount\":4}")
                .contains("{\"number\":2,\"slug\":\"internet-recherche\"");
    }

    @Test
    void health_includes_the_database() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"}").contains("\"status\":\"UP\"");
    }

    @Test
    void lesson_images_are_served_with_a_policy_that_forbids_scripts() throws Exception {
        HttpResponse<String> response = get("/media/premiers-pas/arborescence-dossiers.svg");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).contains("default-src 'none'").contains("sandbox"));
        assertThat(response.body()).startsWith("<svg");
    }

    @Test
    void an_unknown_image_is_not_found() throws Exception {
        assertThat(get("/media/premiers-pas/absente.svg").statusCode()).isEqualTo(404);
        assertThat(get("/media/module-inconnu/arborescence-dossiers.svg").statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_unknown_page_answers_not_found_with_a_friendly_page() throws Exception {
        HttpResponse<String> response = get("/modules/module-inconnu");

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
