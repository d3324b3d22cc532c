package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** Under the SIRET: that the directory is being asked, then what it said, read out by screen readers as it changes. */
class SiretLookupStatus extends Composite<Div> {

    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();

    SiretLookupStatus() {
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("company-lookup.searching"));
        getContent().addClassName("pn-siret-lookup");
        getContent().getElement().setAttribute("role", "status");
        getContent().add(progress, message);
    }

    void searching() {
        progress.setVisible(true);
        message.setText(getTranslation("company-lookup.searching"));
    }

    void say(String key, Object... parameters) {
        progress.setVisible(false);
        message.setText(getTranslation(key, parameters));
    }

    void clear() {
        progress.setVisible(false);
        message.setText("");
    }

    String text() {
        return message.getText();
    }
}
