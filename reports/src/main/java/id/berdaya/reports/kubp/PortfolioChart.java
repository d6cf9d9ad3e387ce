package id.berdaya.reports.kubp;

import id.berdaya.reports.IndonesianFormat;
import id.berdaya.reports.RenderingException;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A horizontal bar chart of outstanding principal and arrears per district, drawn with Java2D:
 * JasperReports 7's chart module is not on Maven Central. Text uses the DejaVu Sans that the PDFs
 * embed, loaded from the fonts jar, so the chart looks the same on every server.
 */
public final class PortfolioChart {

    private static final int SCALE = 3;
    private static final int WIDTH = 467;
    private static final int LABEL_WIDTH = 110;
    private static final int ROW = 16;
    private static final int TOP = 22;
    private static final Color OUTSTANDING = new Color(0x9DB7D5);
    private static final Color ARREARS = new Color(0xC0392B);
    private static final Font FONT = loadFont();

    private PortfolioChart() {
    }

    public static BufferedImage of(List<DistrictPortfolio> districts) {
        int height = TOP + ROW * Math.max(1, districts.size()) + 6;
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(FONT);
            legend(g);
            long max = districts.stream().mapToLong(DistrictPortfolio::outstanding).max().orElse(0);
            int barSpace = WIDTH - LABEL_WIDTH - 90;
            for (int i = 0; i < districts.size(); i++) {
                DistrictPortfolio d = districts.get(i);
                int y = TOP + i * ROW;
                g.setColor(Color.BLACK);
                g.drawString(d.district(), 0, y + 11);
                int outstanding = scaled(d.outstanding(), max, barSpace);
                g.setColor(OUTSTANDING);
                g.fillRect(LABEL_WIDTH, y + 2, outstanding, 11);
                g.setColor(ARREARS);
                g.fillRect(LABEL_WIDTH, y + 5, scaled(d.arrears(), max, barSpace), 5);
                g.setColor(Color.DARK_GRAY);
                g.drawString(IndonesianFormat.rupiah(d.outstanding()), LABEL_WIDTH + outstanding + 4, y + 11);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void legend(Graphics2D g) {
        g.setColor(OUTSTANDING);
        g.fillRect(LABEL_WIDTH, 4, 14, 9);
        g.setColor(Color.BLACK);
        g.drawString("Sisa pinjaman", LABEL_WIDTH + 18, 12);
        g.setColor(ARREARS);
        g.fillRect(LABEL_WIDTH + 110, 6, 14, 5);
        g.setColor(Color.BLACK);
        g.drawString("Tunggakan", LABEL_WIDTH + 128, 12);
    }

    private static int scaled(long value, long max, int space) {
        return max == 0 ? 0 : (int) Math.round((double) value / max * space);
    }

    private static Font loadFont() {
        try (InputStream ttf = PortfolioChart.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (ttf == null) {
                throw new IOException("DejaVuSans.ttf is not on the class path (jasperreports-fonts)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(8f);
        } catch (IOException | FontFormatException e) {
            throw new RenderingException("The chart font cannot be loaded", e);
        }
    }
}
