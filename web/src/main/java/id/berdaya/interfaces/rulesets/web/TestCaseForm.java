package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.TestCaseRow;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One test case in the form: the applicant's inputs as fields, the expected decision, the expected
 * outcome per criterion (empty: not checked) and the expected score; and the last run's result.
 */
public class TestCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TestCaseRow row;
    private final int index;
    private Boolean passed;
    private List<String> differences = List.of();

    TestCaseForm(TestCaseRow row, int index) {
        this.row = row;
        this.index = index;
    }

    public TestCaseRow getRow() {
        return row;
    }

    public int getIndex() {
        return index;
    }

    /** The prefix of this case's problem fields, e.g. {@code testCases[3]}. */
    public String getField() {
        return "testCases[" + index + "]";
    }

    /** Registry listings as one line, "DTKS, P3KE:1" (a ranked registry with its decile). */
    public String getRegistries() {
        return String.join(", ", row.getRegistries());
    }

    public void setRegistries(String text) {
        row.setRegistries(text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The expected outcome of one criterion: PASS, REVIEW, FAIL, or empty for "not checked". */
    public Expectation expectation(String criterion) {
        return new Expectation(criterion);
    }

    void result(boolean passed, List<String> differences) {
        this.passed = passed;
        this.differences = differences;
    }

    /** Null until run. */
    public Boolean getPassed() {
        return passed;
    }

    public List<String> getDifferences() {
        return differences;
    }

    /** A binding for one criterion's expected outcome; empty removes the expectation. */
    public final class Expectation implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String criterion;

        private Expectation(String criterion) {
            this.criterion = criterion;
        }

        public String getCriterion() {
            return criterion;
        }

        public String getOutcome() {
            return row.getExpectedCriteria().getOrDefault(criterion, "");
        }

        public void setOutcome(String outcome) {
            if (outcome == null || outcome.isBlank()) {
                row.getExpectedCriteria().remove(criterion);
            } else {
                row.getExpectedCriteria().put(criterion, outcome);
            }
        }
    }
}
