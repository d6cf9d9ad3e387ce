package id.berdaya.rules.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule set as policy staff edit it: data only, no code. The programme parameters (typed values),
 * the criteria (rows from the fixed {@link ConditionTemplate palette}, in display order), the priority
 * score rows, the bilingual reason catalogue and the test cases. {@link RuleSetModelValidator} checks
 * every value and names the field at fault; {@link RuleSetModelGenerator} turns a valid model into the
 * rule files (shown read-only, and passed through the safety check like any rule text).
 */
public class RuleSetModel {

    /** WRSE or KUBP. */
    private String programme;
    private List<ParameterValue> parameters = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<ScoreRow> scores = new ArrayList<>();
    private List<ReasonText> reasons = new ArrayList<>();
    private List<TestCaseRow> testCases = new ArrayList<>();
    private List<KubpTestCaseRow> kubpTestCases = new ArrayList<>();

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<ParameterValue> getParameters() {
        return parameters;
    }

    public void setParameters(List<ParameterValue> parameters) {
        this.parameters = rows(parameters);
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionRow> criteria) {
        this.criteria = rows(criteria);
    }

    public List<ScoreRow> getScores() {
        return scores;
    }

    public void setScores(List<ScoreRow> scores) {
        this.scores = rows(scores);
    }

    public List<ReasonText> getReasons() {
        return reasons;
    }

    public void setReasons(List<ReasonText> reasons) {
        this.reasons = rows(reasons);
    }

    public List<TestCaseRow> getTestCases() {
        return testCases;
    }

    public void setTestCases(List<TestCaseRow> testCases) {
        this.testCases = rows(testCases);
    }

    /** KUBP's test cases (WRSE's are {@link #getTestCases()}). */
    public List<KubpTestCaseRow> getKubpTestCases() {
        return kubpTestCases;
    }

    public void setKubpTestCases(List<KubpTestCaseRow> kubpTestCases) {
        this.kubpTestCases = rows(kubpTestCases);
    }

    /** A copy without null rows (a form or a JSON body may send none or a null one). */
    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? new ArrayList<>() : new ArrayList<>(rows.stream().filter(java.util.Objects::nonNull).toList());
    }

    public ReasonText reason(String key) {
        return reasons.stream().filter(r -> key.equals(r.getKey())).findFirst().orElse(null);
    }

    public String parameter(String code) {
        return parameters.stream().filter(p -> code.equals(p.getCode())).map(ParameterValue::getValue).findFirst().orElse(null);
    }
}
