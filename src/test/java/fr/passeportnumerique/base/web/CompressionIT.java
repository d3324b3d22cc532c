package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text answers travel gzipped to a browser that accepts it (decision 016): pages, their style sheets, Vaadin's
 * round-trips, JSON and SVG; files already compressed are sent as they are, and so is any answer to a request that
 * carries a session but comes from another site (BREACH).
 */
@IntegrationTest
class CompressionIT {

    private static final String ACCEPT_ENCODING = "Accept-Encoding";
    private static final String BROWSERS_ENCODINGS = "gzip, deflate, br, zstd";
    private static final String FETCH_SITE = "Sec-Fetch-Site";
    private static final Pattern STYLE_SHEET = Pattern.compile("<link href=\"\\./([^\"]+\\.css[^\"]*)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    @LocalServerPort
    int port;

    @Test
    void a_page_and_its_style_sheets_are_sent_gzipped() {
        SiteClient visitor = new SiteClient(port);

        HttpResponse<byte[]> page = visitor.getBytes("/", ACCEPT_ENCODING, BROWSERS_ENCODINGS, FETCH_SITE, "none");

        assertThat(encoding(page)).isEqualTo("gzip");
        String html = gunzip(page.body());
        assertThat(html).contains("<html");
        List<String> styleSheets = all(STYLE_SHEET, html);
        assertThat(styleSheets).anyMatch(sheet -> sheet.startsWith("lumo/lumo.css"));
        for (String sheet : styleSheets) {
            HttpResponse<byte[]> css =
                    visitor.getBytes("/" + sheet, ACCEPT_ENCODING, BROWSERS_ENCODINGS, FETCH_SITE, "same-origin");
            assertThat(encoding(css)).as(sheet).isEqualTo("gzip");
            assertThat(gunzip(css.body())).as(sheet).contains("{");
        }
    }

    @Test
    void a_round_trip_that_opens_another_page_is_answered_gzipped() {
        SiteClient visitor = new SiteClient(port);
        String html = new String(visitor.getBytes("/").body(), StandardCharsets.UTF_8);
        String roundTrip = "/?v-r=uidl&v-uiId=" + first(UI_ID, html);
        String securityKey = first(SECURITY_KEY, html);
        // As the page does: it first tells the server where it stands, then a click on a link opens a module.
        roundTrip(visitor, roundTrip, navigation(securityKey, 0, "", ""));

        HttpResponse<byte[]> answer =
                roundTrip(visitor, roundTrip, navigation(securityKey, 1, "modules/premiers-pas", "link"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(encoding(answer))
                .as(() -> new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo("gzip");
        assertThat(gunzip(answer.body())).contains("Premiers pas");
    }

    /** Vaadin's message for the page's move to a route, as its client sends it. */
    private static String navigation(String securityKey, int sequence, String route, String trigger) {
        return """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":"%s"}}],"syncId":%d,"clientId":%d}""".formatted(securityKey, route, trigger, sequence, sequence);
    }

    private HttpResponse<byte[]> roundTrip(SiteClient visitor, String path, String message) {
        return visitor.postJson(
                path,
                message,
                ACCEPT_ENCODING,
                BROWSERS_ENCODINGS,
                FETCH_SITE,
                "same-origin",
                "Origin",
                "http://localhost:" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/modules", "/images/hero.svg"})
    void json_and_svg_are_sent_gzipped(String path) {
        HttpResponse<byte[]> answer = new SiteClient(port).getBytes(path, ACCEPT_ENCODING, BROWSERS_ENCODINGS);

        assertThat(encoding(answer)).as(path).isEqualTo("gzip");
        assertThat(gunzip(answer.body())).as(path).isNotBlank();
    }

    @Test
    void fonts_already_compressed_are_sent_as_they_are() {
        HttpResponse<byte[]> font = new SiteClient(port)
                .getBytes(
                        "/fonts/atkinson-hyperlegible-next-latin-400-normal.woff2",
                        ACCEPT_ENCODING,
                        BROWSERS_ENCODINGS);

        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(encoding(font)).isEqualTo("identity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site", ""})
    void in_a_session_a_page_asked_for_by_another_site_is_not_compressed(String fetchSite) {
        SiteClient person = new SiteClient(port);
        person.get("/");
        assertThat(person.sessionId()).isPresent();

        HttpResponse<byte[]> page = fetchSite.isEmpty()
                ? person.getBytes("/recherche?q=facture", ACCEPT_ENCODING, BROWSERS_ENCODINGS)
                : person.getBytes("/recherche?q=facture", ACCEPT_ENCODING, BROWSERS_ENCODINGS, FETCH_SITE, fetchSite);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(encoding(page)).as("Sec-Fetch-Site: " + fetchSite).isEqualTo("identity");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<html");
    }

    @Test
    void a_first_visit_from_a_link_on_another_site_is_compressed() {
        HttpResponse<byte[]> page = new SiteClient(port)
                .getBytes("/recherche?q=facture", ACCEPT_ENCODING, BROWSERS_ENCODINGS, FETCH_SITE, "cross-site");

        assertThat(encoding(page)).isEqualTo("gzip");
    }

    private static String encoding(HttpResponse<?> answer) {
        return answer.headers().firstValue("Content-Encoding").orElse("identity");
    }

    static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(match -> match.group(1)).toList();
    }

    private static String first(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        assertThat(found.find()).as(pattern.pattern()).isTrue();
        return found.group(1);
    }
}
