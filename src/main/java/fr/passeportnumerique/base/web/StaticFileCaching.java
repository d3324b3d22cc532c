package fr.passeportnumerique.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep the files that pages load (decision 016). Vaadin promises a year to a file asked for with its
 * content hash ({@code ?v-c=}, the style sheets of {@code @StyleSheet}) and an hour to any other, revalidated by date
 * afterwards. Two corrections: the files of Vaadin's bundle, whose names carry a hash of their content, get the year
 * too; and a {@code v-c} that is not the hash of the content this node holds (a page of another release during a
 * rolling update) is answered with revalidation, so that no browser keeps for a year a style sheet under an address
 * that names other content.
 */
@Component
class StaticFileCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String CONTENT_HASH = "v-c";
    private static final Pattern HASHED_BUNDLE_FILE =
            Pattern.compile("/VAADIN/build/[\\w.-]+-[\\w-]{8}\\.(js|css)(\\.map)?");
    private static final String VAADIN_WEBAPP = "META-INF/VAADIN/webapp";

    /** Per path, the hash of the content this node serves (as Vaadin computes it), for files that exist only. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /** Files are read with GET (and HEAD); other requests' bodies are left unread. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Decoded and normalised by Tomcat, as the file server reads it.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (HASHED_BUNDLE_FILE.matcher(path).matches()) {
            chain.doFilter(request, new CacheControl(response, given -> IMMUTABLE));
        } else if (request.getParameter(CONTENT_HASH) != null) {
            String asked = request.getParameter(CONTENT_HASH);
            ServletContext context = request.getServletContext();
            chain.doFilter(
                    request,
                    new CacheControl(
                            response,
                            given -> given.contains("immutable")
                                            && !asked.equals(
                                                    contentHash(context, path).orElse(asked))
                                    ? REVALIDATE
                                    : given));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Vaadin's content hash: the first 8 hexadecimal digits of the content's SHA-256. */
    private Optional<String> contentHash(ServletContext context, String path) {
        String known = hashes.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> hash = resource(context, path).map(StaticFileCaching::sha256Prefix);
        hash.ifPresent(value -> hashes.put(path, value));
        return hash;
    }

    /** Where Vaadin looks for a static file: its build folder on the class path first, then the web resources. */
    private static Optional<URL> resource(ServletContext context, String path) {
        URL bundled = context.getClassLoader().getResource(VAADIN_WEBAPP + path);
        if (bundled != null) {
            return Optional.of(bundled);
        }
        try {
            return Optional.ofNullable(context.getResource(path));
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    private static String sha256Prefix(URL resource) {
        try (InputStream in = resource.openStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the chosen {@code Cache-Control} in place of the one the file server sets. */
    private static final class CacheControl extends HttpServletResponseWrapper {

        private final UnaryOperator<String> choice;

        CacheControl(HttpServletResponse response, UnaryOperator<String> choice) {
            super(response);
            this.choice = choice;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isCacheControl(name) && value != null ? choice.apply(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isCacheControl(name) && value != null ? choice.apply(value) : value);
        }

        private static boolean isCacheControl(String name) {
            return "Cache-Control".equalsIgnoreCase(name);
        }
    }
}
