package fr.passeportnumerique.certificate;

import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.pdf.PdfStyle;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** The attestation of one completed module: a portrait A4 page. */
final class AttestationPdf {

    private AttestationPdf() {}

    static byte[] render(ModuleAttestation attestation, Locale locale) {
        PdfStyle style = new PdfStyle();
        Rectangle page = PageSize.A4;
        Document document = new Document(page, 64, 64, 72, 64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String module =
                t("certificate.attestation.module", locale, attestation.moduleNumber(), attestation.moduleTitle());
        document.addTitle(t("certificate.attestation.title", locale) + " – " + module);
        document.addAuthor(t("certificate.pdf.issuer", locale));
        document.open();
        drawBand(writer.getDirectContentUnder(), page);

        document.add(CertificatePdf.centered(t("certificate.pdf.eyebrow", locale), style.bold(11, PdfStyle.BLUE), 24));
        document.add(
                CertificatePdf.centered(t("certificate.attestation.title", locale), style.bold(26, PdfStyle.NAVY), 6));
        document.add(CertificatePdf.centered(module, style.bold(15, PdfStyle.TEAL), 10));
        document.add(CertificatePdf.centered(
                t("certificate.attestation.awarded-to", locale), style.regular(12, PdfStyle.MUTED), 28));
        document.add(CertificatePdf.centered(attestation.learnerName(), style.bold(22, PdfStyle.NAVY), 4));
        attestation
                .companyName()
                .ifPresent(
                        company -> document.add(CertificatePdf.centered(company, style.regular(12, PdfStyle.INK), 2)));
        String achievement = attestation
                .bestScore()
                .map(score -> t("certificate.attestation.achievement-score", locale, attestation.lessonCount(), score))
                .orElseGet(() -> t("certificate.attestation.achievement", locale, attestation.lessonCount()));
        document.add(CertificatePdf.centered(achievement, style.regular(12, PdfStyle.INK), 18));
        document.add(CertificatePdf.centered(
                t("certificate.attestation.completed-on", locale, Dates.longDate(attestation.completedAt(), locale)),
                style.regular(11, PdfStyle.MUTED),
                4));
        if (!attestation.objectives().isEmpty()) {
            Paragraph heading =
                    new Paragraph(t("certificate.attestation.objectives", locale), style.bold(12, PdfStyle.NAVY));
            heading.setSpacingBefore(32);
            document.add(heading);
            org.openpdf.text.List list = new org.openpdf.text.List(false, 14);
            list.setListSymbol(new org.openpdf.text.Chunk("•", style.bold(11, PdfStyle.TEAL)));
            attestation
                    .objectives()
                    .forEach(objective -> list.add(new ListItem(objective, style.regular(11, PdfStyle.INK))));
            document.add(list);
        }
        Paragraph note = new Paragraph(t("certificate.attestation.note", locale), style.regular(9, PdfStyle.MUTED));
        note.setSpacingBefore(40);
        document.add(note);
        document.close();
        return out.toByteArray();
    }

    private static void drawBand(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorFill(PdfStyle.NAVY);
        canvas.rectangle(0, page.getHeight() - 28, page.getWidth(), 28);
        canvas.fill();
        canvas.setColorFill(PdfStyle.TEAL);
        canvas.rectangle(0, page.getHeight() - 34, page.getWidth(), 6);
        canvas.fill();
        canvas.restoreState();
    }

    private static String t(String key, Locale locale, Object... parameters) {
        return Translations.translate(key, locale, parameters);
    }
}
