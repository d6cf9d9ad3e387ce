package id.berdaya.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of the PDF sees: its text (whitespace collapsed), its pages, its fonts and how many images. */
public record PdfText(String text, List<String> pages, List<String> fonts, List<Boolean> fontsEmbedded, int images) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(collapse(stripper.getText(document)));
            }
            List<String> fonts = new ArrayList<>();
            List<Boolean> embedded = new ArrayList<>();
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded.add(font.isEmbedded());
                }
            }
            return new PdfText(String.join(" ", pages), pages, fonts, embedded, images);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a copy under target/pdf for a person to look at. */
    public static byte[] keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "pdf");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace collapsed to single spaces; a no-break space counts as one (see {@link #raw} to tell them apart). */
    private static String collapse(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** The text as extracted, no-break spaces kept. */
    public static String raw(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
