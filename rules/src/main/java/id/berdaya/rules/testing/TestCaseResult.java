package id.berdaya.rules.testing;

import java.util.List;

/**
 * How one test case went: passed, or the differences between what was expected and what the rules
 * concluded (e.g. "REGISTRY: expected PASS, got FAIL"), or why it could not run at all.
 */
public final class TestCaseResult {

    private final String name;
    private final List<String> differences;
    private final String actual;

    TestCaseResult(String name, List<String> differences, String actual) {
        this.name = name;
        this.differences = List.copyOf(differences);
        this.actual = actual;
    }

    static TestCaseResult failedToRun(String name, String why) {
        return new TestCaseResult(name, List.of(why), null);
    }

    public String getName() {
        return name;
    }

    public boolean isPassed() {
        return differences.isEmpty();
    }

    /** Empty when the case passed. */
    public List<String> getDifferences() {
        return differences;
    }

    /** What the rules concluded, as JSON in the shape of an expected outcome; null if the case could not run. */
    public String getActual() {
        return actual;
    }

    @Override
    public String toString() {
        return name + (isPassed() ? ": passed" : ": failed " + differences);
    }
}
