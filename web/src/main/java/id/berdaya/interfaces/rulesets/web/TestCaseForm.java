package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.TestCaseRow;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One test case in the form: the applicant's inputs as fields, the expected decision, the expected
 * outcome per criterion (empty: not checked) and the expected score; and the last run's result.
 */
public class TestCaseForm extends CaseForm<TestCaseRow> {

    private static final long serialVersionUID = 1L;

    TestCaseForm(TestCaseRow row, int index) {
        super(row, index);
    }

    @Override
    public String getField() {
        return "testCases[" + getIndex() + "]";
    }

    /** Registry listings as one line, "DTKS, P3KE:1" (a ranked registry with its decile). */
    public String getRegistries() {
        return String.join(", ", getRow().getRegistries());
    }

    public void setRegistries(String text) {
        getRow().setRegistries(text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The expected outcome of one criterion: PASS, REVIEW, FAIL, or empty for "not checked". */
    public Expectation expectation(String criterion) {
        return new Expectation(criterion);
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
            return getRow().getExpectedCriteria().getOrDefault(criterion, "");
        }

        public void setOutcome(String outcome) {
            if (outcome == null || outcome.isBlank()) {
                getRow().getExpectedCriteria().remove(criterion);
            } else {
                getRow().getExpectedCriteria().put(criterion, outcome);
            }
        }
    }
}
