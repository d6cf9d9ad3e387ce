package id.berdaya.rules.testing;

import java.util.Objects;

/**
 * A test case of a rule set: a name, the input facts and the expected outcome, both as JSON text
 * (see {@link WrseTestCases} and {@link KubpTestCases} for their shape). Kept as text so that a
 * case can be stored and edited as written, and checked only when it is run.
 */
public final class RuleTestCase {

    private final String name;
    private final String input;
    private final String expected;

    public RuleTestCase(String name, String input, String expected) {
        this.name = Objects.requireNonNull(name, "name");
        this.input = Objects.requireNonNull(input, "input");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    public String getName() {
        return name;
    }

    /** The input facts as JSON. */
    public String getInput() {
        return input;
    }

    /** The expected outcome as JSON. */
    public String getExpected() {
        return expected;
    }

    @Override
    public String toString() {
        return name;
    }
}
