package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Where the page stands in the site: links to each level above it, the page itself last and unlinked. */
public class Breadcrumb extends Composite<Nav> {

    /** One level: the last one is the current page and has no path. */
    public record Crumb(String text, String path) {
        public static Crumb current(String text) {
            return new Crumb(text, null);
        }
    }

    public Breadcrumb(List<Crumb> crumbs) {
        getContent().addClassName("pn-breadcrumb");
        getContent().getElement().setAttribute("aria-label", getTranslation("layout.breadcrumb"));
        OrderedList list = new OrderedList();
        for (Crumb crumb : crumbs) {
            list.add(new ListItem(crumb.path() == null ? current(crumb.text()) : link(crumb)));
        }
        getContent().add(list);
    }

    private static Span current(String text) {
        Span span = new Span(text);
        span.getElement().setAttribute("aria-current", "page");
        return span;
    }

    private static Anchor link(Crumb crumb) {
        return MainLayout.routerAnchor(crumb.path(), new Text(crumb.text()));
    }
}
