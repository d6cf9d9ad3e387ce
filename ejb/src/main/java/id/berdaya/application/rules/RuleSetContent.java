package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.table.ParameterTable;
import id.berdaya.rules.testing.KubpTestCases;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseRunner;
import id.berdaya.rules.testing.WrseTestCases;
import java.util.List;
import org.kie.api.KieBase;

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

    /** Where a rule set's parameter table lives, e.g. {@code id/berdaya/rules/wrse/parameters.csv}. */
    public static String parameterTablePath(RuleSetKind kind) {
        String directory = kind == RuleSetKind.WRSE_ELIGIBILITY ? DefaultRuleSets.WRSE : DefaultRuleSets.KUBP;
        return directory + "/" + ParameterTable.FILE_NAME;
    }

    /** A runner of the kind's test cases on a compiled rule set; close it after use. */
    public static TestCaseRunner testRunner(RuleSetKind kind, KieBase kieBase) {
        return kind == RuleSetKind.WRSE_ELIGIBILITY ? new WrseTestCases(kieBase) : new KubpTestCases(kieBase);
    }
}
