package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.KubpTestCaseRow;
import java.io.Serializable;
import java.util.List;

/** One KUBP test case in the form: the loan request's terms, the expected outcome, and the last run's result. */
public class KubpCaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final KubpTestCaseRow row;
    private final int index;
    private Boolean passed;
    private List<String> differences = List.of();

    KubpCaseForm(KubpTestCaseRow row, int index) {
        this.row = row;
        this.index = index;
    }

    public KubpTestCaseRow getRow() {
        return row;
    }

    public int getIndex() {
        return index;
    }

    /** The prefix of this case's problem fields, e.g. {@code kubpTestCases[3]}. */
    public String getField() {
        return "kubpTestCases[" + index + "]";
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
}
