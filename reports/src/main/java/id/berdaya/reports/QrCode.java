package id.berdaya.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/** A QR code as a black-and-white image, for the verification URL printed on each letter. */
public final class QrCode {

    private static final int MODULE_PIXELS = 4;

    private QrCode() {
    }

    public static BufferedImage of(String text) {
        try {
            // Medium error correction survives a crease or a stamp over a corner of a printed letter.
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            int size = matrix.getWidth() * MODULE_PIXELS;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean dark = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }
}
