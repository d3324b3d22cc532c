package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.account.SignInProviders;

/**
 * FranceConnect's button as the State's design system draws it (« S’identifier avec FranceConnect », then « Qu’est-ce
 * que FranceConnect ? »), in text and CSS: the official wording is kept as is, in French whatever the page's language.
 */
class FranceConnectButton extends Composite<Div> {

    static final String WHAT_IS_IT = "https://franceconnect.gouv.fr/";

    FranceConnectButton() {
        Anchor button = new Anchor(SignInProviders.START + SignInProviders.FRANCECONNECT);
        button.setRouterIgnore(true);
        button.addClassName("fr-connect");
        Span login = new Span("S’identifier avec");
        login.addClassName("fr-connect__login");
        Span brand = new Span("FranceConnect");
        brand.addClassName("fr-connect__brand");
        button.add(login, brand);
        button.getElement().setAttribute("lang", "fr");
        Anchor whatIsIt = new Anchor(WHAT_IS_IT, "Qu’est-ce que FranceConnect ?", AnchorTarget.BLANK);
        whatIsIt.getElement().setAttribute("rel", "noopener");
        whatIsIt.getElement().setAttribute("title", "Qu’est-ce que FranceConnect ? - nouvelle fenêtre");
        whatIsIt.getElement().setAttribute("lang", "fr");
        Paragraph or = new Paragraph(getTranslation("login.or"));
        or.addClassName("fr-connect-group__separator");
        getContent().addClassName("fr-connect-group");
        getContent().add(button, new Paragraph(whatIsIt), or);
    }
}
