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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.PasswordChangeException;
import fr.passeportnumerique.account.PasswordPolicy;
import fr.passeportnumerique.account.PasswordResetService;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;

/** Choosing a new password from a one-time link (forgotten password or invitation). */
@Route(value = PasswordResetService.NEW_PASSWORD_PATH, layout = MainLayout.class)
@AnonymousAllowed
class NewPasswordView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PASSWORD_SET = "motdepasse";
    private final PasswordResetService resets;
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private String secret;

    NewPasswordView(PasswordResetService resets) {
        this.resets = resets;
        getContent().addClassNames("pn-panel", "pn-narrow", "pn-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PasswordResetService.TOKEN_PARAMETER)
                .orElse("");
        H1 title = new H1(getTranslation("new-password.title"));
        title.addClassName("pn-title");
        getContent().removeAll();
        getContent().add(title);
        if (resets.isUsable(secret)) {
            showForm();
        } else {
            showUnusableLink();
        }
    }

    private void showForm() {
        password.setLabel(getTranslation("new-password.password"));
        password.setHelperText(getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        confirmation.setLabel(getTranslation("new-password.confirmation"));
        confirmation.setWidthFull();
        Button save = new Button(getTranslation("new-password.submit"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(password, confirmation, save);
    }

    private void save() {
        confirmation.setInvalid(false);
        password.setInvalid(false);
        if (!password.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("new-password.error.different"));
            confirmation.setInvalid(true);
            return;
        }
        try {
            resets.setPassword(secret, password.getValue());
            UI.getCurrent().navigate(LoginView.PATH, QueryParameters.of(PASSWORD_SET, ""));
        } catch (PasswordChangeException refused) {
            password.setErrorMessage(getTranslation(refused.problemKey()));
            password.setInvalid(true);
        }
    }

    private void showUnusableLink() {
        getContent()
                .add(new Paragraph(
                        new Text(getTranslation("new-password.error.link") + " "),
                        MainLayout.routerAnchor(
                                ForgotPasswordView.PATH, new Text(getTranslation("new-password.ask-again")))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("new-password.title"));
    }
}
