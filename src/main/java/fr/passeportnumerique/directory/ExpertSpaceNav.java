package fr.passeportnumerique.directory;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The three parts of the expert space: requests, profile, packs; the current one is marked for screen readers. The
 * requests page is the hand-off's, the two others the directory's, so the navigation and the addresses are here,
 * where both can use them.
 */
public class ExpertSpaceNav extends Composite<Nav> {

    public static final String REQUESTS = "espace-expert";
    public static final String PROFILE = "espace-expert/fiche";
    public static final String PACKS = "espace-expert/offres";

    ExpertSpaceNav(String current) {
        getContent().addClassName("pn-subnav");
        getContent().getElement().setAttribute("aria-label", getTranslation("expert-space.nav"));
        add(REQUESTS, "expert-space.nav.requests", current);
        add(PROFILE, "expert-space.nav.profile", current);
        add(PACKS, "expert-space.nav.packs", current);
    }

    /**
     * Starts a page of the space: the navigation, the title, then the expert the account runs; when an administrator
     * has not linked one yet, says so on the page and returns nothing.
     */
    public static Optional<ExpertPage> open(Div page, String path, String titleKey, ExpertListing listing) {
        H1 title = new H1(page.getTranslation(titleKey));
        title.addClassName("pn-title");
        page.add(new ExpertSpaceNav(path), title);
        Optional<ExpertPage> me = listing.myExpert();
        if (me.isEmpty()) {
            Paragraph none = new Paragraph(page.getTranslation("expert-space.not-linked"));
            none.addClassName("pn-empty");
            page.add(none);
        }
        return me;
    }

    private void add(String path, String key, String current) {
        Anchor link = new Anchor(path, getTranslation(key));
        if (path.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        getContent().add(link);
    }
}
