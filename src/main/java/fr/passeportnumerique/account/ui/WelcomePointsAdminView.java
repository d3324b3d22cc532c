package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.account.WelcomePointService;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** Administrators add and correct welcome points. */
@Route(value = "admin/points-accueil", layout = MainLayout.class)
@Menu(order = 6, title = "layout.nav.admin-points")
@RolesAllowed(AppRoles.ADMIN)
class WelcomePointsAdminView extends Composite<Div> implements HasDynamicTitle {

    private final WelcomePointService points;
    private final Grid<WelcomePointDetails> grid = new Grid<>();

    WelcomePointsAdminView(WelcomePointService points) {
        this.points = points;
        H1 title = new H1(getTranslation("admin-points.title"));
        title.addClassName("pn-title");
        Button add = new Button(getTranslation("admin-points.new"), click -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(point -> getTranslation(point.type().translationKey()))
                .setHeader(getTranslation("admin-points.type"))
                .setSortable(true);
        grid.addColumn(WelcomePointDetails::name)
                .setHeader(getTranslation("admin-points.name"))
                .setSortable(true);
        grid.addColumn(point -> point.postcode() + " " + point.town())
                .setHeader(getTranslation("admin-points.town"))
                .setSortable(true);
        grid.addComponentColumn(point -> new Button(getTranslation("admin-points.edit"), click -> open(point)))
                .setHeader(getTranslation("users.actions"));
        grid.setAllRowsVisible(true);
        refresh();
        getContent().add(title, add, grid);
    }

    private void open(WelcomePointDetails point) {
        new WelcomePointDialog(point, edited -> {
                    points.save(edited);
                    refresh();
                })
                .open();
    }

    private void refresh() {
        grid.setItems(points.all());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("admin-points.title"));
    }
}
