package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How browsers keep the files pages load (decision 016), as far as the suite's development-mode server shows it
 * (production mode's year for style sheets named by their content hash is {@link StaticFileCachingTest}'s and the
 * page weight bench's): Vaadin's bundle files, named by their content, are kept a year; a file whose address does not
 * change with its content is revalidated by its date and answered 304 when unchanged.
 */
@IntegrationTest
class StaticFileCachingIT {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    private static final String FONT = "/fonts/atkinson-hyperlegible-next-latin-400-normal.woff2";

    @LocalServerPort
    int port;

    @Test
    void the_bundle_a_page_loads_is_kept_a_year_under_its_content_named_address() {
        SiteClient visitor = new SiteClient(port);
        List<String> scripts = CompressionIT.all(BUNDLE_SCRIPT, visitor.get("/").body());
        assertThat(scripts).isNotEmpty();

        for (String script : scripts) {
            HttpResponse<byte[]> answer = visitor.getBytes("/" + script);
            assertThat(answer.statusCode()).as(script).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as(script).hasValue(StaticFileCaching.IMMUTABLE);
        }
    }

    @Test
    void a_font_unchanged_since_the_browser_got_it_is_answered_304() {
        SiteClient visitor = new SiteClient(port);
        HttpResponse<byte[]> first = visitor.getBytes(FONT);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> again = visitor.getBytes(FONT, "If-Modified-Since", lastModified);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
