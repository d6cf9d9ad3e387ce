package id.berdaya.infrastructure.rules.programme;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.ConditionTemplate;
import id.berdaya.rules.authoring.DefaultModels;
import id.berdaya.rules.authoring.Programme;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.RuleSetModelGenerator;
import id.berdaya.rules.authoring.ScoreTemplate;
import id.berdaya.rules.authoring.TestCaseRows;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseRunner;
import id.berdaya.rules.testing.WrseTestCases;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;

/**
 * WRSE aid eligibility: criteria authored as rows from the condition palette, a priority score from
 * score rows, and a decision per applicant. Its criteria are shown in the order the rule set's
 * catalogue gives (the rows' order), the shipped order otherwise.
 */
final class WrseEligibilityProgramme implements RuleSetProgramme<WrseScreener> {

    @Override
    public RuleSetKind kind() {
        return RuleSetKind.WRSE_ELIGIBILITY;
    }

    @Override
    public String nameIndonesian() {
        return "Kelayakan bantuan WRSE";
    }

    @Override
    public String nameEnglish() {
        return "WRSE aid eligibility";
    }

    @Override
    public String folder() {
        return DefaultRuleSets.WRSE;
    }

    @Override
    public List<RuleSource> shippedFiles() {
        return DefaultRuleSets.wrse();
    }

    @Override
    public List<RuleTestCase> shippedTestCases() {
        return DefaultRuleSets.wrseTestCases();
    }

    @Override
    public WrseScreener evaluator(KieBase rules) {
        return new WrseScreener(rules);
    }

    @Override
    public Outcome outcome(WrseScreener screener, Object facts) {
        WrseScreeningResult result = screener.screen((WrseApplicant) facts);
        Map<String, String> details = new LinkedHashMap<>();
        for (CriterionResult criterion : result.getCriteria()) {
            details.put(criterion.getCode(), criterion.getOutcome().name());
        }
        details.put("priorityScore", Integer.toString(result.getPriorityScore()));
        return new Outcome(result.getDecision().name(), details);
    }

    @Override
    public TestCaseRunner testRunner(KieBase rules) {
        return new WrseTestCases(rules);
    }

    @Override
    public void checkTestCaseFormat(RuleTestCase testCase) {
        WrseTestCases.checkFormat(testCase);
    }

    @Override
    public String newTestCaseExpectation() {
        return "{\n  \"decision\": \"ELIGIBLE\"\n}";
    }

    @Override
    public Programme schema() {
        return Programme.WRSE;
    }

    @Override
    public List<ConditionTemplate> conditionTemplates() {
        return List.of(ConditionTemplate.values());
    }

    @Override
    public List<ScoreTemplate> scoreTemplates() {
        return List.of(ScoreTemplate.values());
    }

    @Override
    public RuleSetModel defaultModel(List<RuleFile> files) {
        return DefaultModels.wrse();
    }

    @Override
    public void putTestCases(RuleSetModel model, List<RuleTestCase> testCases) {
        model.setTestCases(testCases.stream().map(TestCaseRows::toRow).toList());
    }

    @Override
    public List<RuleTestCase> testCases(RuleSetModel model) {
        return model.getTestCases().stream().map(TestCaseRows::toTestCase).toList();
    }

    @Override
    public List<RuleFile> generate(RuleSetModel model, List<RuleFile> draftFiles, CodeLists codeLists) {
        return RuleSetModelGenerator.generate(model, codeLists).stream().map(s -> new RuleFile(s.getPath(), s.getText())).toList();
    }
}
