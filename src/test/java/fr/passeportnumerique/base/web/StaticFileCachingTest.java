package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResourceLoader;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/** What browsers are told about keeping a file, after the file server (Vaadin's, here a stand-in) has spoken. */
class StaticFileCachingTest {

    private static final String HOUR = "max-age=3600";
    private final MockServletContext context = new MockServletContext("frontend", new FileSystemResourceLoader());
    private final StaticFileCaching caching = new StaticFileCaching();

    @Test
    void a_style_sheet_asked_for_by_the_hash_of_its_content_is_kept_a_year() throws Exception {
        String hash = contentHash(Path.of("frontend", "styles", "app.css"));

        assertThat(cacheControl("/styles/app.css", hash, StaticFileCaching.IMMUTABLE))
                .isEqualTo(StaticFileCaching.IMMUTABLE);
    }

    @Test
    void a_style_sheet_asked_for_by_the_hash_of_other_content_is_revalidated() throws Exception {
        assertThat(cacheControl("/styles/app.css", "0badc0de", StaticFileCaching.IMMUTABLE))
                .isEqualTo(StaticFileCaching.REVALIDATE);
    }

    @Test
    void files_of_the_bundle_named_by_their_content_are_kept_a_year() throws Exception {
        assertThat(cacheControl("/VAADIN/build/indexhtml-BNp73Egs.js", null, HOUR))
                .isEqualTo(StaticFileCaching.IMMUTABLE);
        assertThat(cacheControl("/VAADIN/build/generated-flow-imports-t4nGUjc-.js", null, HOUR))
                .isEqualTo(StaticFileCaching.IMMUTABLE);
    }

    @Test
    void files_whose_address_does_not_change_with_their_content_keep_the_file_servers_choice() throws Exception {
        assertThat(cacheControl("/fonts/atkinson-hyperlegible-next-latin-400-normal.woff2", null, HOUR))
                .isEqualTo(HOUR);
        assertThat(cacheControl("/images/logo.svg", null, HOUR)).isEqualTo(HOUR);
        assertThat(cacheControl("/VAADIN/build/unnamed.js", null, HOUR)).isEqualTo(HOUR);
    }

    /** The Cache-Control sent for the path when the file server behind the filter sets {@code given}. */
    private String cacheControl(String path, String contentHash, String given) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(context, "GET", path);
        request.setServletPath(path);
        if (contentHash != null) {
            request.setParameter(StaticFileCaching.CONTENT_HASH, contentHash);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain fileServer = (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", given);
        caching.doFilter(request, response, fileServer);
        return response.getHeader("Cache-Control");
    }

    private static String contentHash(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest).substring(0, 8);
    }
}
