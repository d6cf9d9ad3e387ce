package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.testing.RuleTestCase;
import java.util.List;

/** Translations between the stored rule files and test cases and what the rules module runs. */
public final class RuleSetContent {

    private RuleSetContent() {
    }

    public static List<RuleSource> sources(List<RuleFile> files) {
        return files.stream().map(f -> new RuleSource(f.getPath(), f.getContent())).toList();
    }

    public static List<RuleFile> files(List<RuleSource> sources) {
        return sources.stream().map(s -> new RuleFile(s.getPath(), s.getText())).toList();
    }

    public static List<RuleTestCase> ruleTestCases(List<TestCase> testCases) {
        return testCases.stream().map(c -> new RuleTestCase(c.getName(), c.getInput(), c.getExpected())).toList();
    }

    public static List<TestCase> testCases(List<RuleTestCase> testCases) {
        return testCases.stream().map(c -> new TestCase(c.getName(), c.getInput(), c.getExpected())).toList();
    }

    /** The content id the compiled rules will carry (and every decision made with them will record). */
    public static String contentId(RuleSetKind kind, List<RuleFile> files) {
        return RuleSetVersion.contentId(kind, sources(files));
    }

    /** The expected outcome a new, hand-written test case of the kind starts with (JSON). */
    public static String newTestCaseExpectation(RuleSetKind kind) {
        return RuleSetProgrammes.of(kind).newTestCaseExpectation();
    }

    /** Where a rule set's parameter table lives, e.g. {@code id/berdaya/rules/wrse/parameters.csv}. */
    public static String parameterTablePath(RuleSetKind kind) {
        return RuleSetProgrammes.of(kind).parameterTablePath();
    }
}
