package fr.passeportnumerique.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.certificate.CertificateDetails;
import fr.passeportnumerique.certificate.CertificateService;
import fr.passeportnumerique.certificate.Verification;
import java.time.Instant;

/** Public: anyone (an expert, a bank, an employer) checks a certificate from its code or its QR code. */
@Route(value = "verifier/:" + VerifyView.CODE + "?", layout = MainLayout.class)
@AnonymousAllowed
class VerifyView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    private final CertificateService certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        H1 title = new H1(getTranslation("verify.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("verify.lead"));
        lead.addClassName("pn-lead");
        result.getElement().setAttribute("aria-live", "polite");
        getContent().add(title, lead, createForm(), result);
        getContent().addClassName("pn-verify");
    }

    private Component createForm() {
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX");
        code.setMaxLength(80);
        code.setWidth("22rem");
        code.setHelperText(getTranslation("verify.code.help"));
        Button check = new Button(getTranslation("verify.submit"), click -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void check() {
        String typed = code.getValue().strip();
        if (typed.isEmpty()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("verify.code.required"));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(VerifyView.class, new RouteParameters(CODE, typed)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        event.getRouteParameters().get(CODE).ifPresent(typed -> {
            code.setValue(typed);
            result.add(show(certificates.verify(typed)));
        });
    }

    private Component show(Verification verification) {
        Section panel = new Section();
        panel.addClassName("pn-verification");
        switch (verification.status()) {
            case VALID -> {
                panel.addClassName("pn-verification-valid");
                panel.add(heading(VaadinIcon.CHECK_CIRCLE, getTranslation("verify.valid")));
                verification.certificate().ifPresent(certificate -> panel.add(describe(certificate)));
                Details modules = new Details(
                        getTranslation("verify.modules", verification.modules().size()));
                OrderedList list = new OrderedList();
                verification.modules().forEach(module -> list.add(new ListItem(module)));
                modules.add(list);
                panel.add(modules);
            }
            case REVOKED -> {
                panel.addClassName("pn-verification-revoked");
                panel.add(heading(VaadinIcon.BAN, getTranslation("verify.revoked")));
                verification.certificate().ifPresent(certificate -> {
                    panel.add(describe(certificate));
                    panel.add(new Paragraph(getTranslation(
                            "verify.revoked.detail",
                            date(certificate.revokedAt().orElseThrow()),
                            certificate.revokedReason().orElse(""))));
                });
            }
            case UNKNOWN -> {
                panel.addClassName("pn-verification-unknown");
                panel.add(heading(VaadinIcon.QUESTION_CIRCLE, getTranslation("verify.unknown")));
                panel.add(new Paragraph(getTranslation("verify.unknown.help")));
            }
        }
        return panel;
    }

    private Component heading(VaadinIcon icon, String text) {
        H2 heading = new H2(icon.create(), new com.vaadin.flow.component.Text(text));
        heading.addClassName("pn-verification-title");
        return heading;
    }

    private Component describe(CertificateDetails certificate) {
        Paragraph who = new Paragraph(getTranslation(
                "verify.holder",
                certificate.learnerName(),
                certificate.companyName().orElse("—"),
                date(certificate.issuedAt()),
                certificate.displayCode()));
        who.addClassName("pn-verification-holder");
        return who;
    }

    private String date(Instant instant) {
        return Dates.longDate(instant, getLocale());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("verify.title"));
    }
}
