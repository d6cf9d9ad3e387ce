package id.berdaya.rules;

/**
 * One error found while compiling a rule set, located so that a rule editor can point at it.
 * Line and column are 1-based, or 0 when the compiler could not place the error.
 */
public final class RuleCompilationError {

    private final String sourcePath;
    private final int line;
    private final int column;
    private final String message;
    private final String messageId;

    public RuleCompilationError(String sourcePath, int line, int column, String message) {
        this(sourcePath, line, column, message, null);
    }

    /** An error with its message in English and in Indonesian (the safety check's refusals). */
    public RuleCompilationError(String sourcePath, int line, int column, String message, String messageId) {
        this.sourcePath = sourcePath;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.message = message;
        this.messageId = messageId;
    }

    /** The {@link RuleSource#getPath() path} of the file at fault, or null if no single file is. */
    public String getSourcePath() {
        return sourcePath;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    /** The message in English (the compiler's own messages are English only). */
    public String getMessage() {
        return message;
    }

    /** The message in Indonesian, or the English one when the compiler gave only that. */
    public String getMessageId() {
        return messageId == null ? message : messageId;
    }

    /** Whether the static safety check refused the text (nothing was compiled). */
    public boolean isRefusal() {
        return messageId != null;
    }

    @Override
    public String toString() {
        return (sourcePath == null ? "<rule set>" : sourcePath) + ":" + line + ":" + column + ": " + message
                + (messageId == null ? "" : " / " + messageId);
    }
}
