package fr.passeportnumerique.certificate;

import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.pdf.PdfStyle;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The "Passeport numérique" certificate: one landscape A4 page with the 20 modules and a QR code to verify it. */
final class CertificatePdf {

    private static final float QR_SIZE = 96;

    private CertificatePdf() {}

    static byte[] render(CertificateDetails certificate, List<String> modules, String verifyUrl, Locale locale) {
        PdfStyle style = new PdfStyle();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 56, 56, 48, 48);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(t("certificate.pdf.title", locale) + " – " + certificate.learnerName());
        document.addAuthor(t("certificate.pdf.issuer", locale));
        document.addSubject(t("certificate.pdf.subject", locale));
        document.open();
        drawFrame(writer.getDirectContentUnder(), page);

        document.add(centered(t("certificate.pdf.eyebrow", locale), style.bold(11, PdfStyle.BLUE), 0));
        document.add(centered(t("certificate.pdf.title", locale), style.bold(30, PdfStyle.NAVY), 4));
        document.add(centered(t("certificate.pdf.awarded-to", locale), style.regular(12, PdfStyle.MUTED), 10));
        document.add(centered(certificate.learnerName(), style.bold(26, PdfStyle.NAVY), 2));
        certificate
                .companyName()
                .ifPresent(company -> document.add(centered(company, style.regular(13, PdfStyle.INK), 2)));
        document.add(
                centered(t("certificate.pdf.reason", locale, modules.size()), style.regular(12, PdfStyle.INK), 10));
        document.add(centered(
                t("certificate.pdf.issued-on", locale, date(certificate, locale)),
                style.regular(11, PdfStyle.MUTED),
                4));
        document.add(moduleTable(modules, style));

        PdfContentByte canvas = writer.getDirectContent();
        float qrLeft = page.getWidth() - 56 - QR_SIZE - 8;
        new QrCode(verifyUrl).draw(canvas, qrLeft, 58, QR_SIZE, PdfStyle.NAVY);
        PdfFooter.write(
                canvas,
                style,
                56,
                qrLeft - 16,
                62,
                t("certificate.pdf.verify", locale),
                verifyUrl,
                t("certificate.pdf.code", locale, certificate.displayCode()));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable moduleTable(List<String> modules, PdfStyle style) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(92);
        table.setSpacingBefore(14);
        int half = (modules.size() + 1) / 2;
        for (int row = 0; row < half; row++) {
            table.addCell(moduleCell(modules.get(row), style));
            table.addCell(moduleCell(row + half < modules.size() ? modules.get(row + half) : "", style));
        }
        return table;
    }

    private static PdfPCell moduleCell(String text, PdfStyle style) {
        PdfPCell cell = new PdfPCell(new Phrase(text, style.regular(9.5f, PdfStyle.INK)));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    private static void drawFrame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorFill(PdfStyle.PAPER_TINT);
        canvas.rectangle(0, 0, page.getWidth(), page.getHeight());
        canvas.fill();
        canvas.setColorStroke(PdfStyle.NAVY);
        canvas.setLineWidth(6);
        canvas.rectangle(18, 18, page.getWidth() - 36, page.getHeight() - 36);
        canvas.stroke();
        canvas.setColorStroke(PdfStyle.TEAL);
        canvas.setLineWidth(1);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.restoreState();
    }

    static Paragraph centered(String text, org.openpdf.text.Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static String date(CertificateDetails certificate, Locale locale) {
        return Dates.longDate(certificate.issuedAt(), locale);
    }

    private static String t(String key, Locale locale, Object... parameters) {
        return Translations.translate(key, locale, parameters);
    }
}
