package fr.passeportnumerique.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.util.function.UnaryOperator;

/** What the platform keeps about people, why, for how long, and their rights (pages/confidentialite.*.md). */
@Route(value = PrivacyView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class PrivacyView extends MarkdownPage {

    static final String PATH = "confidentialite";

    PrivacyView(MarkdownRenderer markdown) {
        super(markdown, PATH, "privacy.title", UnaryOperator.identity());
    }
}
