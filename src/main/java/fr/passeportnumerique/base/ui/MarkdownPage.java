package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A long page of plain text kept as Markdown, one file per language: {@code pages/<name>.<language>.md}. */
abstract class MarkdownPage extends Composite<Article> implements HasDynamicTitle {

    private final String titleKey;

    /**
     * @param fill puts what only the running site knows (its address, a contact) into the text before it is shown
     */
    MarkdownPage(MarkdownRenderer markdown, String name, String titleKey, UnaryOperator<String> fill) {
        this.titleKey = titleKey;
        H1 title = new H1(getTranslation(titleKey));
        title.addClassName("pn-title");
        Div text = new Div();
        text.addClassName("pn-prose");
        String source = fill.apply(text(name, getLocale()));
        text.getElement().setProperty("innerHTML", markdown.render(source, UnaryOperator.identity()));
        getContent().addClassName("pn-lesson");
        getContent().add(title, text);
    }

    /** The page's Markdown in the language shown (French for any language without its own file). */
    static String text(String name, Locale locale) {
        String resource = "pages/" + name + "." + Translations.supported(locale).getLanguage() + ".md";
        try (InputStream in = MarkdownPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation(titleKey));
    }
}
