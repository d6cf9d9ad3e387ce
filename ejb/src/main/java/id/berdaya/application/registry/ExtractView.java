package id.berdaya.application.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An import as the API and the page show it. {@code linesDone} of {@code dataLines} is the progress;
 * the counts are set when the import completed: read = accepted + rejected, and unchanged (part of
 * accepted) are rows identical to the previous extract of the registry.
 */
public record ExtractView(long id, String registry, LocalDate asOf, String status, long dataLines, long linesDone,
        Long read, Long accepted, Long rejected, Long unchanged, String uploadedBy, Instant uploadedAt,
        Instant finishedAt) {

    public int percent() {
        return dataLines == 0 ? 100 : (int) Math.min(100, linesDone * 100 / dataLines);
    }
}
