package id.berdaya.rules;

import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule sets shipped in this jar, read from the classpath. Each rule-set directory has an
 * {@code index.txt} naming its rule files (the CSV parameter table and the DRL), one per line
 * ({@code #} starts a comment), because a directory cannot be listed on the classpath inside
 * WildFly's VFS.
 */
public final class DefaultRuleSets {

    public static final String WRSE = "id/berdaya/rules/wrse";
    public static final String KUBP = "id/berdaya/rules/kubp";

    private DefaultRuleSets() {
    }

    /**
     * The default WRSE eligibility rules (criteria, decision, priority score): the files generated from
     * {@link id.berdaya.rules.authoring.DefaultModels#wrse()}, committed as they are (so the server reads
     * fixed text and a version's content id changes only with a reviewed change of these files).
     */
    public static List<RuleSource> wrse() {
        return load(WRSE);
    }

    /** The default KUBP group-loan terms. */
    public static List<RuleSource> kubp() {
        return load(KUBP);
    }

    /** The test cases shipped with the default WRSE rules ({@code wrse/test-cases.json}). */
    public static List<RuleTestCase> wrseTestCases() {
        return TestCaseFiles.parse(read(WRSE + "/" + TestCaseFiles.FILE_NAME));
    }

    /** The test cases shipped with the default KUBP terms ({@code kubp/test-cases.json}). */
    public static List<RuleTestCase> kubpTestCases() {
        return TestCaseFiles.parse(read(KUBP + "/" + TestCaseFiles.FILE_NAME));
    }

    static List<RuleSource> load(String directory) {
        List<RuleSource> sources = new ArrayList<>();
        for (String line : read(directory + "/index.txt").split("\\R")) {
            String fileName = line.strip();
            if (!fileName.isEmpty() && !fileName.startsWith("#")) {
                String path = directory + "/" + fileName;
                sources.add(new RuleSource(path, read(path)));
            }
        }
        return List.copyOf(sources);
    }

    private static String read(String path) {
        try (InputStream in = DefaultRuleSets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule resource on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule resource " + path, e);
        }
    }
}
