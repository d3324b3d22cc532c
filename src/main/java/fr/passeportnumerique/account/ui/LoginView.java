package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.SignInProviders;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import java.util.List;

/** Sign in with an e-mail address and a password. */
@Route(value = LoginView.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "connexion";
    /** The throttle sends refused attempts here with the minutes to wait (see LoginThrottleFilter). */
    static final String BLOCKED = "bloque";
    /** The session keeps here the e-mail address of a failed sign-in, for the page to show it again. */
    public static final String TYPED_EMAIL = LoginView.class.getName() + ".typedEmail";
    /** Fills the form's e-mail field once the browser has drawn the form. */
    private static final String FILL_EMAIL = "const form = this; customElements.whenDefined('vaadin-login-form')"
            + ".then(() => form.updateComplete)"
            + ".then(() => { form.querySelector('#vaadinLoginUsername').value = $0; });";

    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();

    public LoginView(SignInProviders providers) {
        H1 title = new H1(getTranslation("login.title"));
        title.addClassName("pn-title");
        form.setAction(PATH);
        form.setI18n(createI18n());
        form.addForgotPasswordListener(forgot -> UI.getCurrent().navigate(ForgotPasswordView.PATH));
        Paragraph register = new Paragraph(
                new Text(getTranslation("login.no-account") + " "),
                MainLayout.routerAnchor(RegisterView.PATH, new Text(getTranslation("login.register"))));
        getContent().addClassNames("pn-panel", "pn-narrow");
        registered.setText(getTranslation("login.registered"));
        registered.addClassName("pn-success");
        registered.setVisible(false);
        registered.getElement().setAttribute("role", "status");
        getContent().add(title, registered);
        if (providers.offers(SignInProviders.FRANCECONNECT)) {
            getContent().add(new FranceConnectButton());
        }
        getContent().add(form, register);
        if (providers.offers(SignInProviders.STAFF)) {
            getContent().add(staffSignIn());
        }
    }

    /** Staff of a network that has its own identity provider sign in there. */
    private Paragraph staffSignIn() {
        Anchor staff =
                new Anchor(SignInProviders.START + SignInProviders.STAFF, getTranslation("login.staff-provider"));
        staff.setRouterIgnore(true);
        return new Paragraph(staff);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> blocked = parameters.getOrDefault(BLOCKED, List.of());
        if (!blocked.isEmpty()) {
            LoginI18n i18n = createI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.blocked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.blocked.message", minutes(blocked.getFirst())));
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error") || !blocked.isEmpty());
        if (parameters.containsKey("error")) {
            showTypedEmail();
        }
        if (parameters.containsKey(RegisterView.REGISTERED) || parameters.containsKey(NewPasswordView.PASSWORD_SET)) {
            registered.setText(getTranslation(
                    parameters.containsKey(RegisterView.REGISTERED) ? "login.registered" : "login.password-set"));
            registered.setVisible(true);
        }
    }

    /** After a failed sign-in, the address typed is there again: only the password is to be typed anew. */
    private void showTypedEmail() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object typed = session.getAttribute(TYPED_EMAIL);
        session.removeAttribute(TYPED_EMAIL);
        if (typed instanceof String email) {
            form.getElement().executeJs(FILL_EMAIL, email);
        }
    }

    private LoginI18n createI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form labels = i18n.getForm();
        labels.setTitle("");
        labels.setUsername(getTranslation("login.email"));
        labels.setPassword(getTranslation("login.password"));
        labels.setSubmit(getTranslation("login.submit"));
        labels.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private static int minutes(String value) {
        try {
            return Math.max(1, Math.min(60, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("login.title"));
    }
}
