package id.berdaya.rules;

import java.util.Objects;

/**
 * One DRL file: its path (as on the classpath, e.g. {@code id/berdaya/rules/wrse/age.drl}) and its
 * text. The text may come from the shipped defaults or from rules edited by policy staff.
 */
public final class RuleSource {

    private final String path;
    private final String drl;

    public RuleSource(String path, String drl) {
        this.path = requireDrlPath(path);
        this.drl = Objects.requireNonNull(drl, "drl");
    }

    private static String requireDrlPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || path.startsWith("/") || path.contains("..") || !path.endsWith(".drl")) {
            throw new IllegalArgumentException(
                    "A rule source path is relative and ends in .drl, e.g. id/berdaya/rules/wrse/age.drl: " + path);
        }
        return path;
    }

    public String getPath() {
        return path;
    }

    public String getDrl() {
        return drl;
    }

    @Override
    public String toString() {
        return path;
    }
}
