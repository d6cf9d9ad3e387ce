package id.berdaya.domain.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A letter's PDF exactly as first issued, with its SHA-256 (hex), which the verification page shows. */
public record ArchivedPdf(byte[] content, String sha256) {

    public static ArchivedPdf of(byte[] content) {
        return new ArchivedPdf(content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
