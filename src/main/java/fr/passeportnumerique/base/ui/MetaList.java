package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A row of facts with icons: duration, number of lessons, level. */
public class MetaList extends Composite<UnorderedList> {

    public MetaList() {
        getContent().addClassName("pn-meta");
    }

    public MetaList with(VaadinIcon icon, String text) {
        Icon glyph = icon.create();
        glyph.getElement().setAttribute("aria-hidden", "true");
        getContent().add(new ListItem(glyph, new Span(text)));
        return this;
    }
}
