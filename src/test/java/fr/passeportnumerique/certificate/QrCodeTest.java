package fr.passeportnumerique.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void the_code_reads_back_as_the_verification_address() throws Exception {
        String url = "https://passeport.example.org/verifier/ABCD-1234-EFGH-5678-JKMN-9PQR";
        QrCode code = new QrCode(url);

        assertThat(new QRCodeReader().decode(bitmapOf(code)).getText()).isEqualTo(url);
    }

    /** Paints the code at 4 pixels a module with a quiet zone, as a scanner would see the printed page. */
    private static BinaryBitmap bitmapOf(QrCode code) {
        int scale = 4;
        int quiet = 4 * scale;
        int size = code.modules() * scale + 2 * quiet;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < code.modules(); y++) {
            for (int x = 0; x < code.modules(); x++) {
                if (code.isDark(x, y)) {
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            pixels[(quiet + y * scale + dy) * size + quiet + x * scale + dx] = 0xFF000000;
                        }
                    }
                }
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    }
}
