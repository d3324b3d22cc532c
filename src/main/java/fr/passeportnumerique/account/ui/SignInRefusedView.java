package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;

/** An outside provider's sign-in that was refused: no role for this staff member, or an answer that did not check. */
@Route(value = SignInRefusedView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class SignInRefusedView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "connexion-refusee";

    SignInRefusedView() {
        getContent().addClassNames("pn-panel", "pn-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean noRole =
                event.getLocation().getQueryParameters().getParameters().containsKey("role");
        H1 title = new H1(getTranslation("refused.title"));
        title.addClassName("pn-title");
        Paragraph reason = new Paragraph(getTranslation(noRole ? "refused.no-role" : "refused.failed"));
        reason.getElement().setAttribute("role", "alert");
        getContent()
                .add(
                        title,
                        reason,
                        new Paragraph(
                                MainLayout.routerAnchor(LoginView.PATH, new Text(getTranslation("login.title")))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("refused.title"));
    }
}
