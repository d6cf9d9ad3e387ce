package id.berdaya.domain.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A test case of a rule-set version: input facts and expected outcome as JSON text, checked by the
 * rules module's test-case runners (id.berdaya.rules.testing) when they run.
 */
@Embeddable
public class TestCase {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "input_json", nullable = false, length = 100_000)
    private String input;

    @Column(name = "expected_json", nullable = false, length = 20_000)
    private String expected;

    protected TestCase() {
        // for JPA
    }

    public TestCase(String name, String input, String expected) {
        this.name = Objects.requireNonNull(name, "name");
        this.input = Objects.requireNonNull(input, "input");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    public String getName() {
        return name;
    }

    public String getInput() {
        return input;
    }

    public String getExpected() {
        return expected;
    }
}
