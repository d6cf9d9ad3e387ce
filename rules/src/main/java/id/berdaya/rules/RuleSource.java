package id.berdaya.rules;

import java.util.Objects;

/**
 * One rule file: its path (as on the classpath, e.g. {@code id/berdaya/rules/wrse/age.drl}) and its
 * text. A {@code .drl} file holds DRL; a {@code .csv} file is a Drools decision table, such as the
 * programme parameter table {@code parameters.csv}. The text may come from the shipped defaults or
 * from rules edited by policy staff.
 */
public final class RuleSource {

    private final String path;
    private final String text;

    public RuleSource(String path, String text) {
        this.path = requireRulePath(path);
        this.text = Objects.requireNonNull(text, "text");
    }

    private static String requireRulePath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")
                || !(path.endsWith(".drl") || path.endsWith(".csv"))) {
            throw new IllegalArgumentException("A rule file path is relative and ends in .drl (rules) or .csv "
                    + "(a decision table), e.g. id/berdaya/rules/wrse/age.drl: " + path);
        }
        return path;
    }

    public String getPath() {
        return path;
    }

    /** The file name without its directory, e.g. {@code age.drl}. */
    public String getFileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file's text: DRL, or the CSV of a decision table. */
    public String getText() {
        return text;
    }

    /** The file's text; kept under its first name for callers that only ever had DRL. */
    public String getDrl() {
        return text;
    }

    public boolean isDecisionTable() {
        return path.endsWith(".csv") && !isCatalogue() && !isModel();
    }

    /** Whether this is the structured content policy staff edit ({@code model.csv}): data, never given to Drools. */
    public boolean isModel() {
        return path.endsWith("/model.csv") || path.equals("model.csv");
    }

    /**
     * Whether this is the rule set's catalogue ({@code catalogue.csv}): data, not rules — the criteria's
     * display order and the reason texts that results are worded with ({@link RuleSetCatalogue}).
     */
    public boolean isCatalogue() {
        return path.endsWith("/" + RuleSetCatalogue.FILE_NAME) || path.equals(RuleSetCatalogue.FILE_NAME);
    }

    @Override
    public String toString() {
        return path;
    }
}
