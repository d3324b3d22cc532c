package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.LearnerDirectory;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Staff see their point's learners, supervisors their region's, administrators all of them. */
@Route(value = LearnersView.PATH, layout = MainLayout.class)
@Menu(order = 4, title = "layout.nav.learners")
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
class LearnersView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "accueil/apprenants";

    LearnersView(LearnerDirectory directory) {
        H1 title = new H1(getTranslation("learners.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        List<AccountSummary> learners = directory.myLearners();
        if (learners.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("learners.empty")));
            empty.addClassName("pn-empty");
            getContent().add(empty);
            return;
        }
        Grid<AccountSummary> grid = new Grid<>();
        grid.addColumn(AccountSummary::fullName)
                .setHeader(getTranslation("learners.name"))
                .setSortable(true);
        grid.addColumn(learner -> learner.company().map(CompanyDetails::name).orElse("—"))
                .setHeader(getTranslation("my-space.company"))
                .setSortable(true);
        grid.addColumn(learner ->
                        learner.welcomePoint().map(WelcomePointDetails::name).orElse("—"))
                .setHeader(getTranslation("my-space.welcome-point"))
                .setSortable(true);
        grid.setItems(learners);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(
                click -> UI.getCurrent().navigate(PATH + "/" + click.getItem().id()));
        getContent().add(new Paragraph(getTranslation("learners.count", learners.size())), grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("learners.title"));
    }
}
