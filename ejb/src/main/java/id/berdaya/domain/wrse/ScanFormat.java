package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.InvalidInputException;
import java.util.Arrays;

/**
 * The formats a document scan may have, recognised by their first bytes rather than by the name
 * or the content type the browser claims: a renamed executable is not a PDF.
 */
public enum ScanFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Scans larger than this are refused: a phone photo of a KK fits with room to spare. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;

    ScanFormat(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of these bytes; refuses empty, oversized or unrecognised content. */
    public static ScanFormat detect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "the file is empty", "berkas kosong");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "the file is larger than 5 MB", "berkas lebih besar dari 5 MB");
        }
        for (ScanFormat format : values()) {
            if (content.length >= format.magic.length
                    && Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length)) {
                return format;
            }
        }
        throw new InvalidInputException("file", "the file is not a PDF, JPEG or PNG",
                "berkas bukan PDF, JPEG, atau PNG");
    }
}
