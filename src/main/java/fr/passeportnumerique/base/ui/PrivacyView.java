package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** What the platform keeps about people, why, for how long, and their rights (pages/confidentialite.*.md). */
@Route(value = PrivacyView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class PrivacyView extends Composite<Article> implements HasDynamicTitle {

    static final String PATH = "confidentialite";

    PrivacyView(MarkdownRenderer markdown) {
        H1 title = new H1(getTranslation("privacy.title"));
        title.addClassName("pn-title");
        Div text = new Div();
        text.addClassName("pn-prose");
        text.getElement().setProperty("innerHTML", markdown.render(page(), UnaryOperator.identity()));
        getContent().addClassName("pn-lesson");
        getContent().add(title, text);
    }

    private String page() {
        String resource =
                "pages/confidentialite." + Translations.supported(getLocale()).getLanguage() + ".md";
        try (InputStream in = PrivacyView.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("privacy.title"));
    }
}
