package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.CompanyLookup;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.RegistrationException;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;

/** A business owner creates their account, then signs in. */
@Route(value = RegisterView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class RegisterView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "inscription";
    static final String REGISTERED = "inscrit";
    private final AccountService accounts;
    private final RegistrationForm form;

    RegisterView(AccountService accounts, CompanyLookup companies) {
        this.accounts = accounts;
        this.form = new RegistrationForm(this::register, companies::lookUp);
        H1 title = new H1(getTranslation("registration.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("registration.lead"));
        lead.addClassName("pn-lead");
        getContent().addClassNames("pn-panel", "pn-form-page");
        getContent().add(title, lead, form);
    }

    private void register(Registration registration) {
        try {
            accounts.register(registration);
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
