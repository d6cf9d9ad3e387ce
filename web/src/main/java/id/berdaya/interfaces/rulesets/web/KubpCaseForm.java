package id.berdaya.interfaces.rulesets.web;

import id.berdaya.rules.authoring.KubpTestCaseRow;

/** One KUBP test case in the form: the loan request's terms, the expected outcome, and the last run's result. */
public class KubpCaseForm extends CaseForm<KubpTestCaseRow> {

    private static final long serialVersionUID = 1L;

    KubpCaseForm(KubpTestCaseRow row, int index) {
        super(row, index);
    }

    @Override
    public String getField() {
        return "kubpTestCases[" + getIndex() + "]";
    }
}
