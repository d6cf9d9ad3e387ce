package id.berdaya.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void holdsTheVerificationUrlSoAPhoneCanReadItBack() throws Exception {
        String url = "https://berdaya.example.go.id/berdaya/verify/Q7Z2M4K9XW3PLR8T";

        BufferedImage image = QrCode.of(url);

        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        assertThat(read).isEqualTo(url);
    }
}
