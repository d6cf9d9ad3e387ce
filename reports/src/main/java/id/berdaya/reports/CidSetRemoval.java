package id.berdaya.reports;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the references to CIDSet streams from a PDF's font descriptors. The PDF library inside
 * JasperReports writes a CIDSet for each subset font that lists only the glyphs used, which PDF/A-2
 * forbids (6.2.11.4.2: a CIDSet, if present, must list every CID of the font program); PDF/A-2 does
 * not require a CIDSet at all. The reference is blanked with spaces of the same length, so every
 * byte offset in the cross-reference table stays right, and the orphaned stream is never read.
 */
final class CidSetRemoval {

    private static final Pattern REFERENCE = Pattern.compile("/CIDSet \\d+ \\d+ R");

    private CidSetRemoval() {
    }

    static byte[] apply(byte[] pdf) {
        // ISO-8859-1 maps each byte to one char and back, so offsets in the string are byte offsets.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher matcher = REFERENCE.matcher(text);
        byte[] result = null;
        while (matcher.find()) {
            if (result == null) {
                result = pdf.clone();
            }
            for (int i = matcher.start(); i < matcher.end(); i++) {
                result[i] = ' ';
            }
        }
        return result == null ? pdf : result;
    }
}
