package fr.passeportnumerique.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.certificate.CertificateDetails;
import fr.passeportnumerique.certificate.CertificateDocuments;
import fr.passeportnumerique.certificate.CertificateService;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.learning.PassportExtension;
import fr.passeportnumerique.learning.Stamp;
import java.util.List;
import java.util.Optional;

/** On the passport: the certificate and its downloads for a graduate, or how many modules remain. */
@org.springframework.stereotype.Component
class CertificatePanel implements PassportExtension {

    private final CertificateService certificates;
    private final CertificateDocuments documents;
    private final LearningService learning;

    CertificatePanel(CertificateService certificates, CertificateDocuments documents, LearningService learning) {
        this.certificates = certificates;
        this.documents = documents;
        this.learning = learning;
    }

    @Override
    public Optional<Component> component() {
        Section panel = new Section();
        panel.addClassName("pn-certificate");
        Optional<CertificateDetails> certificate = certificates.mine();
        if (certificate.isPresent()) {
            showCertificate(panel, certificate.get());
        } else {
            List<Stamp> stamps = learning.passport();
            long remaining = stamps.stream().filter(stamp -> !stamp.isStamped()).count();
            panel.addClassName("pn-certificate-pending");
            panel.add(
                    new H2(VaadinIcon.DIPLOMA.create(), new Text(panel.getTranslation("certificate.pending.title"))),
                    new Paragraph(panel.getTranslation("certificate.pending.text", remaining, stamps.size())));
        }
        return Optional.of(panel);
    }

    private void showCertificate(Section panel, CertificateDetails certificate) {
        H2 title = new H2(VaadinIcon.DIPLOMA.create(), new Text(panel.getTranslation("certificate.earned.title")));
        Paragraph text = new Paragraph(panel.getTranslation("certificate.earned.text"));
        if (certificate.isRevoked()) {
            text = new Paragraph(panel.getTranslation("certificate.revoked.text"));
            panel.add(title, text);
            return;
        }
        Div downloads = new Div(
                download(
                        "mon-passeport/certificat.pdf",
                        VaadinIcon.FILE_TEXT_O,
                        panel.getTranslation("certificate.download.pdf")),
                download(
                        "mon-passeport/certificat-open-badge.json",
                        VaadinIcon.MEDAL,
                        panel.getTranslation("certificate.download.badge")),
                download(
                        "mon-passeport/certificat-open-badge.jwt",
                        VaadinIcon.KEY_O,
                        panel.getTranslation("certificate.download.badge-signed")));
        downloads.addClassName("pn-downloads");
        Paragraph verify = new Paragraph(
                new Text(panel.getTranslation("certificate.verify.lead") + " "),
                MainLayout.routerAnchor(
                        "verifier/" + certificate.displayCode(), new Text(documents.verificationUrl(certificate))));
        Paragraph code = new Paragraph(panel.getTranslation("certificate.code", certificate.displayCode()));
        code.addClassName("pn-certificate-code");
        panel.add(title, text, downloads, verify, code);
    }

    private static Anchor download(String href, VaadinIcon icon, String label) {
        Anchor anchor = new Anchor(href, icon.create(), new Text(label));
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("pn-button");
        return anchor;
    }
}
