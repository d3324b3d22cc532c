package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.CompanyLookup;
import fr.passeportnumerique.account.ExternalSignIn;
import fr.passeportnumerique.account.ProviderIdentity;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.RegistrationException;
import fr.passeportnumerique.account.SignInProviders;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import java.util.Optional;

/** A business owner creates their account, then signs in. */
@Route(value = RegisterView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class RegisterView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "inscription";
    static final String REGISTERED = "inscrit";
    private final AccountService accounts;
    private final RegistrationForm form;
    private final ExternalSignIn externalSignIn;

    RegisterView(AccountService accounts, CompanyLookup companies, ExternalSignIn externalSignIn) {
        this.accounts = accounts;
        this.externalSignIn = externalSignIn;
        this.form = new RegistrationForm(this::register, companies::lookUp);
        H1 title = new H1(getTranslation("registration.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("registration.lead"));
        lead.addClassName("pn-lead");
        getContent().addClassNames("pn-panel", "pn-form-page");
        getContent().add(title, lead);
        awaitingLink().ifPresent(this::prefill);
        getContent().add(form);
    }

    /** Coming from FranceConnect with no account yet: its name and address are there; the company is to be told. */
    private void prefill(ProviderIdentity identity) {
        form.fullName.setValue(identity.fullName());
        form.email.setValue(identity.email() == null ? "" : identity.email());
        Paragraph fromProvider = new Paragraph(getTranslation("registration.from-provider"));
        fromProvider.addClassName("pn-success");
        fromProvider.getElement().setAttribute("role", "status");
        getContent().add(fromProvider);
    }

    private static Optional<ProviderIdentity> awaitingLink() {
        return VaadinSession.getCurrent().getSession().getAttribute(ProviderIdentity.AWAITING_LINK)
                        instanceof ProviderIdentity identity
                ? Optional.of(identity)
                : Optional.empty();
    }

    private void register(Registration registration) {
        try {
            long accountId = accounts.register(registration);
            Optional<ProviderIdentity> identity = awaitingLink();
            if (identity.isPresent()) {
                // Linked to the new account, the identity now signs it in: through the provider again, as next time.
                externalSignIn.linkNewAccount(identity.get(), accountId);
                VaadinSession.getCurrent().getSession().removeAttribute(ProviderIdentity.AWAITING_LINK);
                UI.getCurrent()
                        .getPage()
                        .setLocation(SignInProviders.START + identity.get().provider());
                return;
            }
            UI.getCurrent().navigate(LoginView.PATH, QueryParameters.of(REGISTERED, ""));
        } catch (RegistrationException refused) {
            form.showProblems(refused.problems());
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("registration.title"));
    }
}
