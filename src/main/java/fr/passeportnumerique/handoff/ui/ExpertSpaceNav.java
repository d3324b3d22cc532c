package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** The three parts of the expert space: requests, profile, packs; the current one is marked for screen readers. */
class ExpertSpaceNav extends Composite<Nav> {

    ExpertSpaceNav(String current) {
        getContent().addClassName("pn-subnav");
        getContent().getElement().setAttribute("aria-label", getTranslation("expert-space.nav"));
        add(ExpertSpaceView.PATH, "expert-space.nav.requests", current);
        add(ExpertProfileView.PATH, "expert-space.nav.profile", current);
        add(ExpertPacksView.PATH, "expert-space.nav.packs", current);
    }

    private void add(String path, String key, String current) {
        Anchor link = new Anchor(path, getTranslation(key));
        if (path.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        getContent().add(link);
    }
}
