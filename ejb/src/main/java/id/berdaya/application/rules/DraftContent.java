package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.TestCase;
import java.util.List;

/**
 * A draft as its editor saves it: the lock version it was loaded with, why the rules change, and the
 * complete rule files and test cases.
 */
public record DraftContent(long lockVersion, String reason, List<RuleFile> files, List<TestCase> testCases) {

    public DraftContent {
        files = files == null ? List.of() : List.copyOf(files);
        testCases = testCases == null ? List.of() : List.copyOf(testCases);
    }
}
