package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.ExternalSignIn;
import fr.passeportnumerique.account.ProviderIdentity;
import fr.passeportnumerique.account.SignInProviders;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;

/**
 * « Relier votre compte »: FranceConnect vouched for an address that has an account here; the person proves the account
 * is theirs with its password before the identity is linked to it, then signs in through FranceConnect again.
 */
@Route(value = LinkAccountView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class LinkAccountView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "relier-compte";
    /** Wrong passwords one session may type before the identity must be brought again from the provider. */
    static final int ATTEMPTS = 5;

    private static final String FAILURES = LinkAccountView.class.getName() + ".failures";

    private final ExternalSignIn signIn;
    private final PasswordField password = new PasswordField();
    private final Paragraph problem = new Paragraph();

    LinkAccountView(ExternalSignIn signIn) {
        this.signIn = signIn;
        getContent().addClassNames("pn-panel", "pn-narrow", "pn-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        H1 title = new H1(getTranslation("link.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        if (awaiting() instanceof ProviderIdentity identity && signIn.hasAccountToLink(identity)) {
            getContent().add(createForm(identity));
        } else {
            getContent()
                    .add(
                            new Paragraph(getTranslation("link.nothing")),
                            new Paragraph(
                                    MainLayout.routerAnchor(LoginView.PATH, new Text(getTranslation("login.title")))));
        }
    }

    private Div createForm(ProviderIdentity identity) {
        password.setLabel(getTranslation("login.password"));
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        Button link = new Button(getTranslation("link.submit"), click -> link(identity));
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        problem.addClassName("pn-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Paragraph other =
                new Paragraph(MainLayout.routerAnchor(RegisterView.PATH, new Text(getTranslation("link.not-mine"))));
        return new Div(new Paragraph(getTranslation("link.lead", identity.email())), password, problem, link, other);
    }

    private void link(ProviderIdentity identity) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (signIn.linkWithPassword(identity, password.getValue())) {
            session.removeAttribute(ProviderIdentity.AWAITING_LINK);
            session.removeAttribute(FAILURES);
            UI.getCurrent().getPage().setLocation(SignInProviders.START + identity.provider());
            return;
        }
        int failures = (session.getAttribute(FAILURES) instanceof Integer count ? count : 0) + 1;
        session.setAttribute(FAILURES, failures);
        password.clear();
        problem.setVisible(true);
        if (failures >= ATTEMPTS) {
            session.removeAttribute(ProviderIdentity.AWAITING_LINK);
            session.removeAttribute(FAILURES);
            problem.setText(getTranslation("link.too-many"));
            password.setEnabled(false);
        } else {
            problem.setText(getTranslation("link.wrong-password"));
        }
    }

    private static Object awaiting() {
        return VaadinSession.getCurrent().getSession().getAttribute(ProviderIdentity.AWAITING_LINK);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("link.title"));
    }
}
