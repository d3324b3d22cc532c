package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** A page that tells the person what happened and what they can do: not found, error, empty. */
class MessagePage extends Composite<Div> {

    MessagePage(String title, String explanation, String actionText) {
        H1 heading = new H1(title);
        heading.addClassName("pn-title");
        Paragraph text = new Paragraph(explanation);
        text.addClassName("pn-lead");
        Anchor home = MainLayout.routerAnchor("", new Text(actionText));
        home.addClassName("pn-button");
        getContent().addClassName("pn-panel");
        getContent().add(heading, text, home);
    }
}
