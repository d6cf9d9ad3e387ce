package id.berdaya.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
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
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
            // Whole rows into the raster at once: setRGB per pixel goes through the colour model and is slow.
            WritableRaster raster = image.getRaster();
            int[] row = new int[size];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < size; x++) {
                    row[x] = matrix.get(x / MODULE_PIXELS, y) ? 0 : 255;
                }
                for (int line = 0; line < MODULE_PIXELS; line++) {
                    raster.setPixels(0, y * MODULE_PIXELS + line, size, 1, row);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }
}
