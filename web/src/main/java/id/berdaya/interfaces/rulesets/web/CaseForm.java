package id.berdaya.interfaces.rulesets.web;

import java.io.Serializable;
import java.util.List;

/** One test case in the form, of either programme: its row, its place in the table, and the last run's result. */
public abstract class CaseForm<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final R row;
    private final int index;
    private Boolean passed;
    private List<String> differences = List.of();

    CaseForm(R row, int index) {
        this.row = row;
        this.index = index;
    }

    public R getRow() {
        return row;
    }

    public int getIndex() {
        return index;
    }

    /** The prefix of this case's problem fields, e.g. {@code testCases[3]}. */
    public abstract String getField();

    void result(boolean passed, List<String> differences) {
        this.passed = passed;
        this.differences = differences;
    }

    /** The result of the same row's last run carries over when the table is rebuilt. */
    void keepResultOf(List<? extends CaseForm<R>> ran) {
        ran.stream().filter(r -> r.getRow() == row && r.getPassed() != null).findFirst()
                .ifPresent(r -> result(r.getPassed(), r.getDifferences()));
    }

    /** Null until run. */
    public Boolean getPassed() {
        return passed;
    }

    public List<String> getDifferences() {
        return differences;
    }
}
