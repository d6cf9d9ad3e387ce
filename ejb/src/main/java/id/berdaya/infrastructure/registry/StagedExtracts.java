package id.berdaya.infrastructure.registry;

import id.berdaya.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Uploaded extracts are staged to a file under the server's data directory while they arrive, a
 * buffer at a time (never whole in memory), and checked on the way: a NUL byte means it is not a
 * text file, more than {@link #maxBytes()} bytes is refused. The import job then streams the file.
 */
@ApplicationScoped
public class StagedExtracts {

    /** The upload limit: 256 MiB unless the system property berdaya.extracts.max-bytes says otherwise. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    /** What staging found: the file, its header line and how many non-empty lines follow it. */
    public record Staged(Path file, String headerLine, long dataLines) {
    }

    public long maxBytes() {
        return Long.getLong("berdaya.extracts.max-bytes", DEFAULT_MAX_BYTES);
    }

    /**
     * The server's data directory, unless berdaya.extracts.dir or BERDAYA_EXTRACTS_DIR names another:
     * in a cluster a directory all nodes share, so that another node can restart an interrupted import.
     */
    public Path directory() {
        String shared = System.getProperty("berdaya.extracts.dir", System.getenv("BERDAYA_EXTRACTS_DIR"));
        if (shared != null && !shared.isBlank()) {
            return Path.of(shared);
        }
        String base = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(base, "berdaya-extracts");
    }

    public Staged stage(InputStream body) {
        Path file;
        try {
            Files.createDirectories(directory());
            file = directory().resolve(UUID.randomUUID() + ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean kept = false;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            long dataLines = 0;
            boolean lineHasText = false;
            ByteArrayHeader header = new ByteArrayHeader();
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes()) {
                    throw new InvalidInputException("body", "The file is larger than " + maxBytes() + " bytes",
                            "Berkas lebih besar dari " + maxBytes() + " byte");
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == 0) {
                        throw notCsv();
                    }
                    if (!header.complete()) {
                        header.add(b);
                    } else if (b == '\n') {
                        if (lineHasText) {
                            dataLines++;
                        }
                        lineHasText = false;
                    } else if (b != '\r' && b != ' ' && b != '\t') {
                        lineHasText = true;
                    }
                }
                out.write(buffer, 0, n);
            }
            if (lineHasText) {
                dataLines++;
            }
            if (total == 0 || header.text().isBlank()) {
                throw new InvalidInputException("body", "The file is empty", "Berkas kosong");
            }
            if (dataLines == 0) {
                throw new InvalidInputException("body", "The file has a header line but no data lines",
                        "Berkas hanya berisi baris judul, tanpa baris data");
            }
            kept = true;
            return new Staged(file, header.text(), dataLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!kept) {
                discard(file);
            }
        }
    }

    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InvalidInputException notCsv() {
        return new InvalidInputException("body", "Not a CSV text file (UTF-8, comma or semicolon separated)",
                "Bukan berkas teks CSV (UTF-8, dipisah koma atau titik koma)");
    }

    /** The bytes of the first line, decoded strictly as UTF-8 when it ends. */
    private static final class ByteArrayHeader {
        private static final int MAX = 64 * 1024;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private String text;

        void add(byte b) {
            if (b == '\n') {
                text = decode();
            } else if (bytes.size() >= MAX) {
                throw notCsv();
            } else {
                bytes.write(b);
            }
        }

        boolean complete() {
            return text != null;
        }

        String text() {
            return text != null ? text : decode();
        }

        private String decode() {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())).toString().replace("\r", "");
            } catch (CharacterCodingException e) {
                throw notCsv();
            }
        }
    }
}
