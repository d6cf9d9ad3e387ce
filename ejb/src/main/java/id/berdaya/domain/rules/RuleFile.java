package id.berdaya.domain.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One file of a rule-set version: DRL, or the CSV parameter table, with its classpath-style path. */
@Embeddable
public class RuleFile {

    /** Wide enough for any rule file; the column is VARCHAR(1000000). */
    public static final int MAX_LENGTH = 1_000_000;

    @Column(nullable = false, length = 200)
    private String path;

    @Column(nullable = false, length = MAX_LENGTH)
    private String content;

    protected RuleFile() {
        // for JPA
    }

    public RuleFile(String path, String content) {
        this.path = Objects.requireNonNull(path, "path");
        this.content = Objects.requireNonNull(content, "content");
    }

    public String getPath() {
        return path;
    }

    /** The file name without its directory, e.g. {@code registry.drl}. */
    public String getFileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String getContent() {
        return content;
    }
}
