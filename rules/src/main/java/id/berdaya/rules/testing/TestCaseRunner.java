package id.berdaya.rules.testing;

import java.util.List;

/**
 * Runs test cases against one compiled rule set. Thread-safe like the evaluator it wraps; close it
 * when done to release the pooled sessions.
 */
public interface TestCaseRunner extends AutoCloseable {

    TestCaseResult run(RuleTestCase testCase);

    default List<TestCaseResult> runAll(List<RuleTestCase> testCases) {
        return testCases.stream().map(this::run).toList();
    }

    @Override
    void close();
}
