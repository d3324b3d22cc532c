package fr.passeportnumerique.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement in the RGAA's form (pages/accessibilite.*.md), with the site's address and the
 * address where people report a problem ({@code passeport.accessibility.contact}).
 */
@Route(value = AccessibilityView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class AccessibilityView extends MarkdownPage {

    static final String PATH = "accessibilite";

    AccessibilityView(
            MarkdownRenderer markdown,
            PasseportProperties site,
            @Value("${passeport.accessibility.contact:}") String contact) {
        super(markdown, PATH, "accessibility.title", text -> fill(text, site.publicUrl(), contact));
    }

    static String fill(String text, String publicUrl, String configuredContact) {
        String contact = contactAddress(configuredContact, publicUrl);
        return text.replace("{site}", publicUrl).replace("{contact}", "[" + contact + "](mailto:" + contact + ")");
    }

    /** The address configured, or accessibilite@ the domain the site is reached at. */
    static String contactAddress(String configured, String publicUrl) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host = URI.create(publicUrl).getHost();
        String domain = host == null ? "localhost" : host.startsWith("www.") ? host.substring(4) : host;
        return "accessibilite@" + domain;
    }
}
