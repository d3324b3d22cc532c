package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers that tell browsers what this site may do, on every answer, even Tomcat's own error pages. */
@IntegrationTest
class SecurityHeadersIT {

    private static final String[] SECURITY_HEADERS = {
        "content-security-policy",
        "x-content-type-options: nosniff",
        "x-frame-options: deny",
        "referrer-policy: strict-origin-when-cross-origin",
        "permissions-policy: ",
        "cross-origin-opener-policy: same-origin"
    };

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/modules/premiers-pas", "/connexion", "/api/modules", "/styles/app.css", "/x"})
    void every_answer_carries_the_permissions_and_opener_policies(String path) {
        HttpResponse<String> answer = new SiteClient(port).get(path);

        assertThat(answer.headers().firstValue("Cross-Origin-Opener-Policy"))
                .as(path)
                .hasValue("same-origin");
        assertThat(answer.headers().firstValue("Permissions-Policy"))
                .as(path)
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/modules/%zz", "/a%2"})
    void tomcats_own_error_pages_carry_the_security_headers(String target) throws IOException {
        String answer = rawGet(target).toLowerCase(Locale.ROOT);

        assertThat(answer).as(target).startsWith("http/1.1 400");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        for (String header : SECURITY_HEADERS) {
            assertThat(head).as(target).contains("\r\n" + header);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/VAADIN", "/mon-espace", "/atelier"})
    void redirects_never_carry_the_session_id_in_the_address(String path) {
        HttpResponse<String> redirect = new SiteClient(port).get(path);

        assertThat(redirect.statusCode()).as(path).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location.toLowerCase(Locale.ROOT)).as(path).doesNotContain("jsessionid"));
    }

    @Test
    void each_security_header_is_sent_once() throws IOException {
        String answer = rawGet("/connexion").toLowerCase(Locale.ROOT);

        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        for (String header : SECURITY_HEADERS) {
            String name = header.substring(0, header.indexOf(':') < 0 ? header.length() : header.indexOf(':'));
            assertThat(head.split("\r\n" + name + ":", -1)).as(name).hasSize(2);
        }
    }

    /** A request no client library would send as is: the request target goes to Tomcat byte for byte. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
