package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.MainLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What the platform knows about the person and their business. */
class AccountDetailsPanel extends Composite<Section> {

    /** As others see the person: nothing to edit. */
    AccountDetailsPanel(AccountSummary account) {
        this(account, null);
    }

    /** {@code onEditCompany}, if not null, opens the person's own business's details for correction. */
    AccountDetailsPanel(AccountSummary account, Runnable onEditCompany) {
        DescriptionList details = new DescriptionList();
        add(details, "my-space.email", account.email());
        account.company().ifPresent(company -> addCompany(details, company));
        getContent().addClassNames("pn-panel", "pn-details");
        getContent().add(new H2(getTranslation("my-space.profile")), details);
        if (onEditCompany != null && account.company().isPresent()) {
            getContent().add(new Button(getTranslation("my-space.company.edit"), click -> onEditCompany.run()));
        }
        account.welcomePoint()
                .ifPresentOrElse(
                        point -> add(details, "my-space.welcome-point", point.name() + ", " + point.town()),
                        () -> getContent()
                                .add(new Paragraph(
                                        new Text(getTranslation("my-space.no-welcome-point") + " "),
                                        MainLayout.routerAnchor(
                                                WelcomePointsView.PATH,
                                                new Text(getTranslation("my-space.find-welcome-point"))))));
    }

    private void addCompany(DescriptionList details, CompanyDetails company) {
        add(details, "my-space.company", company.name());
        add(details, "registration.siret", company.siret());
        add(details, "registration.sector", getTranslation(company.sector().translationKey()));
        add(details, "registration.employees", String.valueOf(company.employees()));
        add(
                details,
                "registration.created-on",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale())
                        .format(company.createdOn()));
        add(
                details,
                "registration.departement",
                Territories.departement(company.departement())
                        .map(d -> d.label())
                        .orElse(company.departement()));
    }

    private void add(DescriptionList details, String key, String value) {
        details.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
