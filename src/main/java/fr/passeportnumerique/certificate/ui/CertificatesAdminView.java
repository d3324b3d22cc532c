package fr.passeportnumerique.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.certificate.CertificateDetails;
import fr.passeportnumerique.certificate.CertificateService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** Administrators see the certificates issued and revoke one, with a reason the verification page shows. */
@Route(value = "admin/certificats", layout = MainLayout.class)
@Menu(order = 8.5, title = "layout.nav.certificates")
@RolesAllowed(AppRoles.ADMIN)
class CertificatesAdminView extends Composite<Div> implements HasDynamicTitle {

    private static final int REASON_MAX_LENGTH = 500;
    private final CertificateService certificates;
    private final Grid<CertificateDetails> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextArea reason = new TextArea();

    CertificatesAdminView(CertificateService certificates) {
        this.certificates = certificates;
        H1 title = new H1(getTranslation("certificates.admin.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("certificates.admin.lead"));
        lead.addClassName("pn-lead");
        getContent().add(title, lead, createGrid(), createRevokeForm());
        refresh();
    }

    private Component createGrid() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        grid.addColumn(CertificateDetails::displayCode)
                .setHeader(getTranslation("certificates.admin.code"))
                .setAutoWidth(true);
        grid.addColumn(CertificateDetails::learnerName).setHeader(getTranslation("certificates.admin.learner"));
        grid.addColumn(certificate -> certificate.companyName().orElse("—"))
                .setHeader(getTranslation("certificates.admin.company"));
        grid.addColumn(certificate -> dates.format(certificate.issuedAt()))
                .setHeader(getTranslation("certificates.admin.issued"));
        grid.addColumn(certificate -> certificate.isRevoked()
                        ? getTranslation("certificates.admin.revoked")
                        : getTranslation("certificates.admin.valid"))
                .setHeader(getTranslation("certificates.admin.status"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("certificates.admin.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                code.setValue(change.getValue().displayCode());
            }
        });
        return grid;
    }

    private Component createRevokeForm() {
        code.setLabel(getTranslation("certificates.admin.code"));
        code.setMaxLength(80);
        code.setWidth("22rem");
        reason.setLabel(getTranslation("certificates.admin.reason"));
        reason.setHelperText(getTranslation("certificates.admin.reason.help"));
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setWidthFull();
        Button revoke = new Button(getTranslation("certificates.admin.revoke"), click -> revoke());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(getTranslation("certificates.admin.revoke.title")), code, reason, revoke);
        form.addClassName("pn-form");
        return form;
    }

    private void revoke() {
        code.setInvalid(code.getValue().isBlank());
        code.setErrorMessage(getTranslation("certificates.admin.code.required"));
        reason.setInvalid(reason.getValue().isBlank());
        reason.setErrorMessage(getTranslation("certificates.admin.reason.required"));
        if (code.isInvalid() || reason.isInvalid()) {
            return;
        }
        boolean revoked = certificates.revoke(code.getValue(), reason.getValue());
        Notification notification = Notification.show(
                getTranslation(revoked ? "certificates.admin.revoked.done" : "certificates.admin.revoked.none"),
                6000,
                Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(revoked ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        if (revoked) {
            reason.clear();
            refresh();
        }
    }

    private void refresh() {
        List<CertificateDetails> latest = certificates.latest();
        grid.setItems(latest);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("certificates.admin.title"));
    }
}
