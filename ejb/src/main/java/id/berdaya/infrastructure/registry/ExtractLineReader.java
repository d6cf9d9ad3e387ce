package id.berdaya.infrastructure.registry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the staged file a line at a time. The checkpoint is the number of the last line handed
 * out; a restarted job reopens the file and skips to the line after it.
 */
@Named
@Dependent
public class ExtractLineReader extends AbstractItemReader {

    /** One non-empty data line and its number in the file (the header is line 1). */
    public record NumberedLine(long number, String text) implements Serializable {
    }

    @Inject
    @BatchProperty
    private String extractId;

    @Inject
    private ExtractStore extracts;

    private BufferedReader in;
    private long lineNumber;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        var extract = extracts.find(Long.parseLong(extractId)).orElseThrow();
        in = Files.newBufferedReader(Path.of(extract.stagedFile()), StandardCharsets.UTF_8);
        in.readLine();
        lineNumber = 1;
        long resumeAfter = checkpoint == null ? 1 : (Long) checkpoint;
        while (lineNumber < resumeAfter && in.readLine() != null) {
            lineNumber++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                return new NumberedLine(lineNumber, line);
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws Exception {
        if (in != null) {
            in.close();
        }
    }
}
