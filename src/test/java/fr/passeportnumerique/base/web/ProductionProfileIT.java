package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile as it runs: an external MariaDB (the machine's server, a database of this test's own) named
 * by environment variables only, behind a proxy that ends HTTPS. Secure session cookies, the public scheme in
 * redirects, the security headers, no demo data, and the metrics only on the management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "prod"})
class ProductionProfileIT {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE =
            "passeport_prod_" + UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newBuilder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("SPRING_DATASOURCE_URL", () -> SERVER + DATABASE + "?createDatabaseIfNotExist=true");
        registry.add("SPRING_DATASOURCE_USERNAME", () -> "root");
        registry.add("SPRING_DATASOURCE_PASSWORD", () -> "");
        registry.add("PASSEPORT_PUBLIC_URL", () -> "https://passeport.example.org");
        registry.add("management.server.port", () -> "0");
    }

    @AfterAll
    static void dropDatabase() {
        new JdbcTemplate(new SingleConnectionDataSource(SERVER, "root", "", true))
                .execute("drop database if exists " + DATABASE);
    }

    @Test
    void the_session_cookie_is_secure_and_the_proxy_https_scheme_is_honoured() throws Exception {
        HttpResponse<String> page = get(port, "/", true);
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> privatePage = get(port, "/mon-passeport", true);
        assertThat(privatePage.statusCode()).isEqualTo(302);
        assertThat(privatePage.headers().firstValue("Location").orElseThrow()).startsWith("https://");
    }

    @Test
    void pages_carry_a_content_security_policy_that_forbids_framing_and_foreign_scripts() throws Exception {
        HttpResponse<String> page = get(port, "/", true);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void no_demo_data_is_loaded() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_account where email like '%@example.org'", Integer.class))
                .isZero();
    }

    @Test
    void metrics_are_served_on_the_management_port_only() throws Exception {
        assertThat(get(managementPort, "/actuator/prometheus", false).body()).contains("passeport_search_latency");
        assertThat(get(port, "/actuator/prometheus", false).statusCode()).isNotEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness", false).statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> get(int port, String path, boolean behindProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (behindProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
