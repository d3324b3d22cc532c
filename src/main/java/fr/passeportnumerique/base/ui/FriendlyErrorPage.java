package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * An error page that says what happened and leads back to the catalogue. Its texts are {@code <key>.title} and
 * {@code <key>.text} in the translation bundles.
 */
abstract class FriendlyErrorPage<E extends Exception> extends Composite<Div>
        implements HasErrorParameter<E>, HasDynamicTitle {

    private final String key;
    private final int status;

    FriendlyErrorPage(String key, int status) {
        this.key = key;
        this.status = status;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        record(event, parameter);
        getContent().removeAll();
        getContent()
                .add(new MessagePage(
                        getTranslation(key + ".title"),
                        getTranslation(key + ".text"),
                        getTranslation("error.back-to-catalogue")));
        return status;
    }

    /** What to note in the log before the page is shown; nothing by default. */
    void record(BeforeEnterEvent event, ErrorParameter<E> parameter) {}

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation(key + ".title"));
    }
}
