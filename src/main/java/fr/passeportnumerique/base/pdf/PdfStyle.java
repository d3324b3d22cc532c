package fr.passeportnumerique.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** The site's identity on paper: Atkinson Hyperlegible Next, embedded, and the navy, blue and teal palette. */
public final class PdfStyle {

    public static final Color NAVY = new Color(0x1b, 0x2a, 0x5e);
    public static final Color BLUE = new Color(0x2f, 0x5b, 0xd3);
    public static final Color TEAL = new Color(0x0f, 0x7b, 0x6c);
    public static final Color INK = new Color(0x1f, 0x23, 0x33);
    public static final Color MUTED = new Color(0x4a, 0x52, 0x66);
    public static final Color PAPER_TINT = new Color(0xf3, 0xf6, 0xfc);

    private final BaseFont regular = font("AtkinsonHyperlegibleNext-Regular.ttf");
    private final BaseFont bold = font("AtkinsonHyperlegibleNext-Bold.ttf");

    public Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    public Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    public BaseFont regularBase() {
        return regular;
    }

    public BaseFont boldBase() {
        return bold;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfStyle.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
