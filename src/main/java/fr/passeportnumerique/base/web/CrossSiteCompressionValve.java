package fr.passeportnumerique.base.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Leaves uncompressed the answers that another site could use as a compression oracle (BREACH, decision 016): those
 * to a request that carries a session cookie and was neither sent by a page of this site nor typed by the person
 * ({@code Sec-Fetch-Site} other than {@code same-origin} or {@code none}, or no such header from a browser too old to
 * send it). Such a request may come from another site's page, which can repeat it in the person's session with text
 * of its choosing and watch the sizes of the answers. Its {@code Accept-Encoding} is removed before Tomcat and Vaadin
 * read it, so that neither compresses the answer; a first visit (no session yet) stays compressed.
 */
final class CrossSiteCompressionValve extends ValveBase {

    CrossSiteCompressionValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getRequestedSessionId() != null && !sentByThisSiteOrThePerson(request)) {
            request.getCoyoteRequest().getMimeHeaders().removeHeader("Accept-Encoding");
        }
        getNext().invoke(request, response);
    }

    /** The browser says who started the request; a page of another site cannot forge this header. */
    static boolean sentByThisSiteOrThePerson(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return "same-origin".equals(site) || "none".equals(site);
    }
}
