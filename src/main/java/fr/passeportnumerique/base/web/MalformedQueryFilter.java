package fr.passeportnumerique.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a query string that is not percent-encoded UTF-8 ({@code ?q=%C3%28}, {@code ?q=%FF}), before
 * anything reads its parameters: Tomcat would otherwise throw from deep inside Spring Security or a controller,
 * logging a stack trace and sending the visitor to an error page or the sign-in page. One line in the log is enough:
 * no browser sends such an address by itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedQueryFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedQueryFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !isWellFormed(query)) {
            log.warn(
                    "Refused a request to {} with a malformed query string (not percent-encoded UTF-8)",
                    request.getRequestURI());
            PlainErrorPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.bad-request");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether every name and value decodes to UTF-8 without error, as Tomcat will decode them. */
    static boolean isWellFormed(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()
                        || !HexFormat.isHexDigit(query.charAt(i + 1))
                        || !HexFormat.isHexDigit(query.charAt(i + 2))) {
                    return false;
                }
                bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
                i += 2;
            } else {
                // Separators and characters that came unencoded stand as a neutral byte: only escapes can be wrong.
                bytes.write(c == '&' || c == '=' || c > 0x7F ? ' ' : c);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }
}
