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

    public RuleCompilationError(String sourcePath, int line, int column, String message) {
        this.sourcePath = sourcePath;
        this.line = Math.max(line, 0);
        this.column = Math.max(column, 0);
        this.message = message;
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

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return (sourcePath == null ? "<rule set>" : sourcePath) + ":" + line + ":" + column + ": " + message;
    }
}
