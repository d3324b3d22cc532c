package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request target Tomcat refuses before the application (an encoded slash, a path climbing out of the site, a broken
 * escape) gets the site's own page, in French or in the language chosen, styled as the site: not Tomcat's page.
 */
@IntegrationTest
class TomcatErrorPagesIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/verifier/%3C%2Fscript%3E", "/verifier/a%2Fb", "/media/%2e%2e/%2e%2e/etc/passwd", "/%"})
    void a_refused_address_gets_the_sites_page_in_french(String target) throws IOException {
        String answer = rawGet(target, "");

        assertThat(answer).as(target).startsWith("HTTP/1.1 400");
        assertThat(head(answer)).as(target).containsIgnoringCase("Content-Type: text/html;charset=UTF-8");
        assertThat(body(answer))
                .as(target)
                .contains("<html lang=\"fr\">", "<h1 class=\"pn-title\">Adresse non valide</h1>")
                .contains("<link rel=\"stylesheet\" href=\"/styles/app.css\">")
                .doesNotContain("HTTP Status", "Bad Request", "script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/verifier/%3C%2Fscript%3E", "/%"})
    void a_refused_address_gets_the_sites_page_in_the_language_chosen(String target) throws IOException {
        String answer = rawGet(target, "Cookie: pn-lang=en\r\n");

        assertThat(answer).as(target).startsWith("HTTP/1.1 400");
        assertThat(body(answer)).as(target).contains("<html lang=\"en\">", "Invalid address", "Back to the catalogue");
    }

    /** A request no client library would send as is: the request target goes to Tomcat byte for byte. */
    private String rawGet(String target, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String head(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n"));
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
