package fr.passeportnumerique.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/** A QR code drawn as vector squares on a PDF page, so that it prints sharp at any size. */
final class QrCode {

    private final BitMatrix matrix;

    QrCode(String text) {
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        }
    }

    int modules() {
        return matrix.getWidth();
    }

    boolean isDark(int x, int y) {
        return matrix.get(x, y);
    }

    /** Draws the code with its bottom-left corner at (left, bottom), {@code size} points wide. */
    void draw(PdfContentByte canvas, float left, float bottom, float size, Color color) {
        float cell = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(color);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    canvas.rectangle(left + x * cell, bottom + size - (y + 1) * cell, cell, cell);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
