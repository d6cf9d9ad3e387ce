package id.berdaya.application.rules;

import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import id.berdaya.rules.RuleCompilationError;
import id.berdaya.rules.testing.TestCaseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What compiling a version and running its test cases showed: the compile errors (file, line,
 * column), or the compiled rules and each test case's result. Only a version that compiles and
 * passes every one of at least one test case may go into force.
 */
public record RuleSetVerification(RuleSetVersion compiled, List<RuleCompilationError> errors,
        List<TestCaseResult> results, long compileMillis) {

    public RuleSetVerification {
        errors = List.copyOf(errors);
        results = List.copyOf(results);
    }

    public boolean compiles() {
        return errors.isEmpty();
    }

    public long passedCount() {
        return results.stream().filter(TestCaseResult::isPassed).count();
    }

    public boolean allPassed() {
        return compiles() && !results.isEmpty() && passedCount() == results.size();
    }

    /** @throws RuleRefusalException naming every compile error */
    public void requireCompiles(int number) {
        if (!compiles()) {
            throw new RuleRefusalException("Version " + number + " does not compile",
                    "Versi " + number + " tidak dapat dikompilasi", compileErrorReasons());
        }
    }

    private List<RuleRefusalException.Reason> compileErrorReasons() {
        List<RuleRefusalException.Reason> reasons = new ArrayList<>();
        for (RuleCompilationError error : errors) {
            String where = error.getSourcePath() + ":" + error.getLine() + ":" + error.getColumn();
            reasons.add(new RuleRefusalException.Reason("COMPILE_ERROR", where + " " + error.getMessage(),
                    where + " " + error.getMessage()));
        }
        return reasons;
    }

    /** @throws RuleRefusalException naming every compile error or failing test case */
    public void requirePublishable(int number) {
        List<RuleRefusalException.Reason> reasons = compileErrorReasons();
        if (compiles() && results.isEmpty()) {
            reasons.add(new RuleRefusalException.Reason("NO_TEST_CASES",
                    "Versi " + number + " tidak memiliki kasus uji", "Version " + number + " has no test cases"));
        }
        for (TestCaseResult result : results) {
            if (!result.isPassed()) {
                String differences = String.join("; ", result.getDifferences());
                reasons.add(new RuleRefusalException.Reason("TEST_CASE_FAILED",
                        "Kasus uji gagal: " + result.getName() + " — " + differences,
                        "Test case failed: " + result.getName() + " — " + differences));
            }
        }
        if (!reasons.isEmpty()) {
            throw new RuleRefusalException(
                    "Version " + number + " cannot go into force: " + (compiles() ? "its test cases do not all pass"
                            : "it does not compile"),
                    "Versi " + number + " tidak dapat diberlakukan: " + (compiles() ? "tidak semua kasus uji lulus"
                            : "aturan tidak dapat dikompilasi"),
                    reasons);
        }
    }
}
