package fr.passeportnumerique.financing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.financing.FinancingCalculator;
import fr.passeportnumerique.financing.FinancingLinks;
import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.financing.FinancingRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The financing simulator, open to anyone: the programme's two ways explained, then a loan or a lease computed with
 * its schedule. A signed-in learner starts on the way their company's age gives; a pack's link brings its price.
 */
@Route(value = FinancingLinks.PATH, layout = MainLayout.class)
@Menu(order = 3.4, title = "layout.nav.financing")
@AnonymousAllowed
class FinancingView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private static final BigDecimal DEFAULT_AMOUNT = BigDecimal.valueOf(6000);

    private final FinancingCalculator calculator = new FinancingCalculator();
    private final Optional<CompanyDetails> company;
    private final Clock clock;
    private final FinancingResult result = new FinancingResult();

    FinancingView(AccountService accounts, Clock clock) {
        this.company = accounts.currentAccount().flatMap(account -> account.company());
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        FinancingPath path = FinancingLinks.path(parameters).orElseGet(this::companyPath);
        BigDecimal amount = FinancingLinks.amount(parameters).orElse(DEFAULT_AMOUNT);
        H1 title = new H1(getTranslation("financing.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("financing.lead"));
        lead.addClassName("pn-lead");
        FinancingForm form = new FinancingForm(path, amount, this::compute);
        Paragraph indicative = new Paragraph(getTranslation("financing.indicative"));
        indicative.addClassNames("pn-callout", "pn-callout-important", "pn-indicative");
        Div workspace = new Div(form, result);
        workspace.addClassName("pn-financing");
        getContent().removeAll();
        getContent().add(title, lead, paths(), indicative);
        yourPath().ifPresent(getContent()::add);
        getContent().add(new H2(getTranslation("financing.form")), workspace);
        form.request().ifPresent(this::compute);
    }

    private void compute(FinancingRequest request) {
        if (request.path() == FinancingPath.LOCATION_EVOLUTIVE) {
            result.show(calculator.lease(request));
        } else {
            result.show(calculator.loan(request));
        }
    }

    private FinancingPath companyPath() {
        return company.map(details -> FinancingPath.forCompanyCreatedOn(details.createdOn(), Dates.today(clock)))
                .orElse(FinancingPath.CREDIT_CLASSIQUE);
    }

    private Component paths() {
        Div cards = new Div();
        cards.addClassName("pn-card-grid");
        for (String kind : List.of("lease", "loan")) {
            Article card = new Article(
                    new H2(getTranslation("financing." + kind + ".title")),
                    new Paragraph(getTranslation("financing." + kind + ".text")));
            card.addClassNames("pn-card", "pn-financing-path");
            cards.add(card);
        }
        return cards;
    }

    private Optional<Component> yourPath() {
        return company.map(details -> {
            Paragraph yours = new Paragraph(getTranslation(
                    "financing.your-path",
                    Dates.longDate(details.createdOn(), getLocale()),
                    getTranslation(companyPath().translationKey())));
            yours.addClassName("pn-your-path");
            yours.setId("votre-voie");
            return yours;
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("financing.title"));
    }
}
