package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import fr.passeportnumerique.base.ui.CurriculumLanguage;

/**
 * Typeset curriculum text. The HTML was rendered from Markdown and cleaned against a safelist at import. The
 * curriculum is written in French whatever the interface's language, and says so to screen readers.
 */
class Prose extends Composite<Div> {

    Prose(String safeHtml) {
        getContent().addClassName("pn-prose");
        CurriculumLanguage.french(getContent());
        getContent().getElement().setProperty("innerHTML", safeHtml);
    }
}
