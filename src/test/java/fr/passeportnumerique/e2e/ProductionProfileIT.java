package fr.passeportnumerique.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The production profile as it runs: the application started alone with {@code prod}, on an external MariaDB (the
 * machine's server, a database of this test's own) named only by settings, behind a proxy that ends HTTPS. Secure
 * session cookies, the public scheme in redirects, the security headers, no demo data, and health and metrics on the
 * management port only. A process of its own, as the profile's Vaadin and Spring Security set-up is global to a JVM.
 */
class ProductionProfileIT {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE =
            "passeport_prod_" + UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newBuilder().build();

    private static ApplicationProcess application;

    @BeforeAll
    static void startInProduction() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "production-profile"));
        application = ApplicationProcess.start(
                folder.resolve("data-" + DATABASE),
                folder.resolve("application.log"),
                List.of("-XX:TieredStopAtLevel=1"),
                List.of(
                        "--spring.profiles.active=prod",
                        "--SPRING_DATASOURCE_URL=" + SERVER + DATABASE + "?createDatabaseIfNotExist=true",
                        "--SPRING_DATASOURCE_USERNAME=root",
                        "--SPRING_DATASOURCE_PASSWORD=",
                        "--PASSEPORT_PUBLIC_URL=https://passeport.example.org",
                        "--PASSEPORT_BADGE_SIGNING_KEY="
                                + new RSAKeyGenerator(2048).generate().toJSONString(),
                        "--management.server.port=" + ApplicationProcess.freePort(),
                        // The test classes carry Vaadin's development bundle; `mvn -Pproduction package` the other.
                        "--vaadin.productionMode=false"));
    }

    @AfterAll
    static void stopAndDropDatabase() {
        if (application != null) {
            application.close();
        }
        database().execute("drop database if exists " + DATABASE);
    }

    @Test
    void the_session_cookie_is_secure_and_the_proxy_https_scheme_is_honoured() throws Exception {
        HttpResponse<String> page = get(application.port(), "/", true);
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> privatePage = get(application.port(), "/mon-passeport", true);
        assertThat(privatePage.statusCode()).isEqualTo(302);
        assertThat(privatePage.headers().firstValue("Location").orElseThrow()).startsWith("https://");
    }

    @Test
    void pages_carry_a_content_security_policy_that_forbids_framing_and_foreign_scripts() throws Exception {
        HttpResponse<String> page = get(application.port(), "/", true);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void no_demo_data_is_loaded() {
        assertThat(database()
                        .queryForObject(
                                "select count(*) from " + DATABASE + ".user_account where email like '%@example.org'",
                                Integer.class))
                .isZero();
    }

    @Test
    void metrics_and_health_are_served_on_the_management_port_only() throws Exception {
        int management = application.managementPort();
        assertThat(get(management, "/actuator/prometheus", false).body()).contains("passeport_search_latency");
        assertThat(get(management, "/actuator/health/readiness", false).statusCode())
                .isEqualTo(200);
        assertThat(get(application.port(), "/actuator/prometheus", false).statusCode())
                .isNotEqualTo(200);
    }

    private static JdbcTemplate database() {
        return new JdbcTemplate(new SingleConnectionDataSource(SERVER, "root", "", true));
    }

    private static HttpResponse<String> get(int port, String path, boolean behindProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (behindProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
