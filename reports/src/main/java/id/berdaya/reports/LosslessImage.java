package id.berdaya.reports;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * An image for a template as PNG bytes: handed a plain {@link java.awt.Image}, JasperReports encodes
 * it as JPEG, which blurs a QR code's modules and a chart's lettering. PNG is lossless.
 */
public final class LosslessImage {

    private LosslessImage() {
    }

    public static Renderable of(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(8 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new RenderingException("Cannot encode an image as PNG", e);
        }
        return SimpleDataRenderer.getInstance(png.toByteArray());
    }
}
