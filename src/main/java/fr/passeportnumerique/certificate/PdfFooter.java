package fr.passeportnumerique.certificate;

import fr.passeportnumerique.base.pdf.PdfStyle;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;

/** The lines at the foot of a certificate or attestation: how to verify it, its address and its code. */
final class PdfFooter {

    private PdfFooter() {}

    static void write(
            PdfContentByte canvas,
            PdfStyle style,
            float left,
            float right,
            float bottom,
            String lead,
            String url,
            String code) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, bottom + 70);
        Paragraph first = new Paragraph(lead, style.regular(9, PdfStyle.MUTED));
        first.setAlignment(Element.ALIGN_RIGHT);
        Paragraph address = new Paragraph(url, style.bold(9, PdfStyle.BLUE));
        address.setAlignment(Element.ALIGN_RIGHT);
        Paragraph codeLine = new Paragraph(code, style.bold(10, PdfStyle.NAVY));
        codeLine.setAlignment(Element.ALIGN_RIGHT);
        column.addElement(first);
        column.addElement(address);
        column.addElement(codeLine);
        column.go();
    }
}
