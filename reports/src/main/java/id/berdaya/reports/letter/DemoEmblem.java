package id.berdaya.reports.letter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A stand-in for a regional emblem, drawn here (no official artwork is shipped): a shield with a
 * star, rice and cotton, and the words "LAMBANG DEMO". An agency replaces it with its own emblem.
 */
public final class DemoEmblem {

    private static final byte[] PNG = draw();

    private DemoEmblem() {
    }

    public static byte[] png() {
        return PNG.clone();
    }

    private static byte[] draw() {
        int size = 240;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            GeneralPath shield = new GeneralPath();
            shield.moveTo(30, 20);
            shield.lineTo(210, 20);
            shield.lineTo(210, 120);
            shield.quadTo(210, 200, 120, 230);
            shield.quadTo(30, 200, 30, 120);
            shield.closePath();
            g.setColor(new Color(0x1F5F3A));
            g.fill(shield);
            g.setColor(new Color(0xE0B020));
            g.setStroke(new BasicStroke(8));
            g.draw(shield);
            g.fill(star(120, 70, 28, 12));
            g.setStroke(new BasicStroke(5));
            for (int i = 0; i < 5; i++) {
                g.drawArc(55 + i * 4, 90, 60, 110, 100, 80);
                g.drawArc(125 - i * 4, 90, 60, 110, 0, 80);
            }
            g.setColor(Color.WHITE);
            g.setFont(font());
            drawCentered(g, "LAMBANG", 150);
            drawCentered(g, "DEMO", 176);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** DejaVu Sans Bold from the fonts jar: a server may have no system fonts at all. */
    private static Font font() {
        try (java.io.InputStream ttf = DemoEmblem.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf")) {
            if (ttf == null) {
                throw new IOException("DejaVuSans-Bold.ttf is not on the class path (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(22f);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("Cannot load the emblem's font", e);
        }
    }

    private static void drawCentered(Graphics2D g, String text, int y) {
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, 120 - width / 2, y);
    }

    private static GeneralPath star(double cx, double cy, double outer, double inner) {
        GeneralPath star = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(angle);
            double y = cy - r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }
}
