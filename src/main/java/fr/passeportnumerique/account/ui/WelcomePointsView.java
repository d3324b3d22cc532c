package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.account.WelcomePointService;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.PagedList;
import java.util.List;

/** Anyone finds the welcome points near them; a signed-in learner can join one. */
@Route(value = WelcomePointsView.PATH, layout = MainLayout.class)
@Menu(order = 1, title = "layout.nav.welcome-points")
@AnonymousAllowed
class WelcomePointsView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "points-accueil";
    private final WelcomePointService points;
    private final boolean learner;
    private final Div results = new Div();

    WelcomePointsView(WelcomePointService points, AccountService accounts) {
        this.points = points;
        this.learner = accounts.currentAccount()
                .map(a -> a.roles().contains(AppRoles.LEARNER))
                .orElse(false);
        H1 title = new H1(getTranslation("welcome-points.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("welcome-points.lead"));
        lead.addClassName("pn-lead");
        getContent().add(title, lead, createSearchField(), results);
        results.setId("resultats");
        results.getElement().setAttribute("aria-live", "polite");
        show("");
    }

    private Component createSearchField() {
        TextField search = new TextField(getTranslation("welcome-points.search"));
        search.setPlaceholder(getTranslation("welcome-points.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.addClassName("pn-search-field");
        search.addValueChangeListener(change -> show(change.getValue()));
        return search;
    }

    private void show(String query) {
        List<WelcomePointDetails> found = query.isBlank() ? List.of() : points.search(query);
        results.removeAll();
        if (query.isBlank()) {
            results.add(empty(getTranslation("welcome-points.hint")));
        } else if (found.isEmpty()) {
            results.add(empty(getTranslation("welcome-points.none", query.strip())));
        } else {
            PagedList<WelcomePointDetails> list =
                    new PagedList<>("pn-point-list", point -> new WelcomePointCard(point, learner, this::join));
            list.show(found, () -> points.search(query));
            results.add(new H2(getTranslation("welcome-points.count", found.size())), list);
        }
    }

    private void join(WelcomePointDetails point) {
        points.join(point.id());
        Notification.show(
                getTranslation("welcome-points.joined", point.name()), 5000, Notification.Position.BOTTOM_CENTER);
    }

    private static Component empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassName("pn-empty");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("welcome-points.title"));
    }
}
