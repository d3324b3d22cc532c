package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.InvitationService;
import fr.passeportnumerique.account.RegistrationException;
import fr.passeportnumerique.account.RegistrationRules;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** Welcome point staff invite a business owner, who receives a link to choose their password. */
@Route(value = "accueil/inviter", layout = MainLayout.class)
@Menu(order = 5, title = "layout.nav.invite")
@RolesAllowed(AppRoles.WELCOME_STAFF)
class InviteView extends Composite<Div> implements HasDynamicTitle {

    private final InvitationService invitations;
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final Paragraph sent = new Paragraph();

    InviteView(InvitationService invitations) {
        this.invitations = invitations;
        H1 title = new H1(getTranslation("invitation.title"));
        title.addClassName("pn-title");
        fullName.setLabel(getTranslation("registration.full-name"));
        fullName.setWidthFull();
        email.setLabel(getTranslation("registration.email"));
        email.setWidthFull();
        Button invite = new Button(getTranslation("invitation.submit"), click -> invite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sent.addClassName("pn-success");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);
        getContent().addClassNames("pn-panel", "pn-narrow", "pn-form");
        getContent().add(title, new Paragraph(getTranslation("invitation.lead")), fullName, email, invite, sent);
    }

    private void invite() {
        fullName.setInvalid(false);
        email.setInvalid(false);
        try {
            invitations.invite(fullName.getValue(), email.getValue(), getLocale());
            sent.setText(getTranslation("invitation.sent", email.getValue()));
            sent.setVisible(true);
            fullName.clear();
            email.clear();
        } catch (RegistrationException refused) {
            sent.setVisible(false);
            String nameProblem = refused.problems().get(RegistrationRules.FULL_NAME);
            String emailProblem = refused.problems().get(RegistrationRules.EMAIL);
            fullName.setInvalid(nameProblem != null);
            fullName.setErrorMessage(nameProblem == null ? null : getTranslation(nameProblem));
            email.setInvalid(emailProblem != null);
            email.setErrorMessage(emailProblem == null ? null : getTranslation(emailProblem));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("invitation.title"));
    }
}
