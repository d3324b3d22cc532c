package fr.passeportnumerique.base.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Puts the site's security headers on every answer as it enters Tomcat, so that the pages Tomcat writes itself (a
 * 400 for a malformed request target, which never reaches Spring Security's filters) carry them too. Spring
 * Security's header writers leave a header that is already there, so none is sent twice.
 */
final class SecurityHeadersValve extends ValveBase {

    private final Map<String, String> headers;

    SecurityHeadersValve(Map<String, String> headers) {
        super(true);
        this.headers = Map.copyOf(headers);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        headers.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
        getNext().invoke(request, response);
    }
}
