package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.LearnerDirectory;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** One learner, read-only, for those who follow them; anyone else gets "not found". */
@Route(value = LearnersView.PATH + "/:id", layout = MainLayout.class)
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
class LearnerView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final LearnerDirectory directory;
    private String pageTitle = "";

    LearnerView(LearnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AccountSummary> learner = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> directory.learner(Long.parseLong(id)));
        if (learner.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        pageTitle = learner.get().fullName();
        H1 title = new H1(learner.get().fullName());
        title.addClassName("pn-title");
        getContent().removeAll();
        getContent().add(title, new AccountDetailsPanel(learner.get()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}
