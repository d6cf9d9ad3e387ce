package id.berdaya.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * Several issued letters as one file to print: their stored PDFs one after the other, unchanged, so a
 * batch shows exactly what each letter's own file shows.
 */
public final class PdfMerge {

    private PdfMerge() {
    }

    public static byte[] of(List<byte[]> pdfs) {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (byte[] pdf : pdfs) {
            merger.addSource(new RandomAccessReadBuffer(pdf));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdfs.size() * 64 * 1024);
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new RenderingException("Cannot merge " + pdfs.size() + " letters: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
