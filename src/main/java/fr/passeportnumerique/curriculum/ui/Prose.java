package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/** Typeset curriculum text. The HTML was rendered from Markdown and cleaned against a safelist at import. */
class Prose extends Composite<Div> {

    Prose(String safeHtml) {
        getContent().addClassName("pn-prose");
        getContent().getElement().setProperty("innerHTML", safeHtml);
    }
}
