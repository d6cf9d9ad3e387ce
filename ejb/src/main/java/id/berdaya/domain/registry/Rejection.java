package id.berdaya.domain.registry;

/** A row of an extract that was not imported: its line in the file, the column at fault and why. */
public record Rejection(long line, String column, String reason) implements ExtractRow {
}
