package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.handoff.ExpertPage;
import fr.passeportnumerique.handoff.ExpertSpaceService;
import java.util.Optional;

/** The three parts of the expert space: requests, profile, packs; the current one is marked for screen readers. */
class ExpertSpaceNav extends Composite<Nav> {

    ExpertSpaceNav(String current) {
        getContent().addClassName("pn-subnav");
        getContent().getElement().setAttribute("aria-label", getTranslation("expert-space.nav"));
        add(ExpertSpaceView.PATH, "expert-space.nav.requests", current);
        add(ExpertProfileView.PATH, "expert-space.nav.profile", current);
        add(ExpertPacksView.PATH, "expert-space.nav.packs", current);
    }

    /**
     * Starts a page of the space: the navigation, the title, then the expert the account runs; when an administrator
     * has not linked one yet, says so on the page and returns nothing.
     */
    static Optional<ExpertPage> open(Div page, String path, String titleKey, ExpertSpaceService space) {
        H1 title = new H1(page.getTranslation(titleKey));
        title.addClassName("pn-title");
        page.add(new ExpertSpaceNav(path), title);
        Optional<ExpertPage> me = space.myExpert();
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
