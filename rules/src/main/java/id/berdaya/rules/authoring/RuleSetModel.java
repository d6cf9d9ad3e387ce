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
        this.parameters = new ArrayList<>(parameters);
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionRow> criteria) {
        this.criteria = new ArrayList<>(criteria);
    }

    public List<ScoreRow> getScores() {
        return scores;
    }

    public void setScores(List<ScoreRow> scores) {
        this.scores = new ArrayList<>(scores);
    }

    public List<ReasonText> getReasons() {
        return reasons;
    }

    public void setReasons(List<ReasonText> reasons) {
        this.reasons = new ArrayList<>(reasons);
    }

    public List<TestCaseRow> getTestCases() {
        return testCases;
    }

    public void setTestCases(List<TestCaseRow> testCases) {
        this.testCases = new ArrayList<>(testCases);
    }

    /** KUBP's test cases (WRSE's are {@link #getTestCases()}). */
    public List<KubpTestCaseRow> getKubpTestCases() {
        return kubpTestCases;
    }

    public void setKubpTestCases(List<KubpTestCaseRow> kubpTestCases) {
        this.kubpTestCases = new ArrayList<>(kubpTestCases);
    }

    public ReasonText reason(String key) {
        return reasons.stream().filter(r -> key.equals(r.getKey())).findFirst().orElse(null);
    }

    public String parameter(String code) {
        return parameters.stream().filter(p -> code.equals(p.getCode())).map(ParameterValue::getValue).findFirst().orElse(null);
    }
}
