package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.PasswordResetService;
import fr.passeportnumerique.account.RegistrationRules;
import fr.passeportnumerique.base.ratelimit.TooManyRequestsException;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;

/** "Forgotten password": a link is sent to the address if it has an account; the answer is the same either way. */
@Route(value = ForgotPasswordView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "mot-de-passe-oublie";
    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();

    ForgotPasswordView(PasswordResetService resets) {
        H1 title = new H1(getTranslation("forgot.title"));
        title.addClassName("pn-title");
        email.setLabel(getTranslation("login.email"));
        email.setWidthFull();
        Button send = new Button(getTranslation("forgot.submit"), click -> {
            if (!RegistrationRules.isEmail(email.getValue())) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation("registration.error.email"));
                return;
            }
            try {
                resets.requestReset(email.getValue(), getLocale());
                sent.setText(getTranslation("forgot.sent", PasswordResetService.RESET_VALIDITY.toMinutes()));
                sent.setClassName("pn-success");
            } catch (TooManyRequestsException tooMany) {
                sent.setText(getTranslation("forgot.too-many", tooMany.minutes()));
                sent.setClassName("pn-error");
            }
            sent.setVisible(true);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);
        getContent().addClassNames("pn-panel", "pn-narrow", "pn-form");
        getContent().add(title, new Paragraph(getTranslation("forgot.lead")), email, send, sent);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("forgot.title"));
    }
}
