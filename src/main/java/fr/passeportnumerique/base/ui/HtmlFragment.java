package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * A piece of HTML built on the server with jsoup (which escapes every text) and shown as one element: the root's tag
 * and attributes on the element, the rest as its inner HTML. Vaadin's {@code Html} would parse the text again.
 */
public final class HtmlFragment extends Component {

    private HtmlFragment(Element element) {
        super(element);
    }

    public static HtmlFragment of(org.jsoup.nodes.Element root) {
        Element element = new Element(root.tagName());
        root.attributes().forEach(attribute -> element.setAttribute(attribute.getKey(), attribute.getValue()));
        element.setProperty("innerHTML", root.html());
        return new HtmlFragment(element);
    }
}
