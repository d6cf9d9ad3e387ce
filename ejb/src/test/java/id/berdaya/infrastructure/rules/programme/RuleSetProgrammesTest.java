package id.berdaya.infrastructure.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.ParameterValue;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.table.ParameterTable;
import id.berdaya.rules.testing.KubpTestCases;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseFormatException;
import id.berdaya.rules.testing.TestCaseResult;
import id.berdaya.rules.testing.TestCaseRunner;
import id.berdaya.rules.testing.WrseTestCases;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreener;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kie.api.KieBase;

/** Each programme's descriptor: what the rule-set services ask instead of testing which programme they have. */
class RuleSetProgrammesTest {

    @ParameterizedTest
    @EnumSource(RuleSetKind.class)
    void everyRuleSetHasAProgrammeWhoseShippedRulesPassTheirShippedTestCases(RuleSetKind kind) throws Exception {
        RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
        assertThat(programme.kind()).isEqualTo(kind);

        KieBase rules = RuleSetCompiler.compile(programme.shippedFiles());
        List<TestCaseResult> results;
        try (TestCaseRunner runner = programme.testRunner(rules)) {
            results = runner.runAll(programme.shippedTestCases());
        }

        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.isPassed()).as(r.getName() + ": " + r.getDifferences()).isTrue());
        assertThat(programme.shippedFiles()).allSatisfy(f -> assertThat(f.getPath()).startsWith(programme.folder() + "/"));
        // A parameter table, where the programme ships one (KUBP; WRSE's parameters are rows of its model), is where it says.
        assertThat(programme.shippedFiles()).extracting(RuleSource::getPath).filteredOn(ParameterTable::isParameterTable)
                .allMatch(path -> path.equals(programme.parameterTablePath()));
    }

    @Test
    void aVersionIdNamesItsProgramme() {
        assertThat(RuleSetVersion.contentId(RuleSetKind.WRSE_ELIGIBILITY, RuleSetProgrammes.WRSE.shippedFiles())).startsWith("wrse-");
        assertThat(RuleSetVersion.contentId(RuleSetKind.KUBP_TERMS, RuleSetProgrammes.KUBP.shippedFiles())).startsWith("kubp-");
    }

    @Test
    void eachProgrammeChecksTestCasesInItsOwnShapeOnly() {
        RuleTestCase wrseCase = RuleSetProgrammes.WRSE.shippedTestCases().get(0);
        RuleTestCase kubpCase = RuleSetProgrammes.KUBP.shippedTestCases().get(0);

        assertThatCode(() -> RuleSetProgrammes.WRSE.checkTestCaseFormat(wrseCase)).doesNotThrowAnyException();
        assertThatCode(() -> RuleSetProgrammes.KUBP.checkTestCaseFormat(kubpCase)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RuleSetProgrammes.WRSE.checkTestCaseFormat(kubpCase)).isInstanceOf(TestCaseFormatException.class);
        assertThatThrownBy(() -> RuleSetProgrammes.KUBP.checkTestCaseFormat(wrseCase)).isInstanceOf(TestCaseFormatException.class);
    }

    @ParameterizedTest
    @EnumSource(RuleSetKind.class)
    void aNewHandWrittenTestCaseStartsWithAnExpectationOfItsOwnProgramme(RuleSetKind kind) {
        RuleSetProgramme<?> programme = RuleSetProgrammes.of(kind);
        RuleTestCase fresh = new RuleTestCase("new", programme.shippedTestCases().get(0).getInput(), programme.newTestCaseExpectation());

        assertThatCode(() -> programme.checkTestCaseFormat(fresh)).doesNotThrowAnyException();
    }

    @Test
    void onlyWrseCriteriaAreAuthoredAsRowsFromThePalette() {
        assertThat(RuleSetProgrammes.WRSE.conditionTemplates()).isNotEmpty();
        assertThat(RuleSetProgrammes.WRSE.scoreTemplates()).isNotEmpty();
        assertThat(RuleSetProgrammes.KUBP.conditionTemplates()).isEmpty();
        assertThat(RuleSetProgrammes.KUBP.scoreTemplates()).isEmpty();
        assertThat(RuleSetProgrammes.KUBP.schema().parameter("PRINCIPAL_MAX_PER_MEMBER")).isNotNull();
    }

    @Test
    void aKubpCeilingOf15MillionFillsTheParameterTableAndKeepsTheRules() throws Exception {
        RuleSetProgramme<KubpTermsInForce> kubp = RuleSetProgrammes.KUBP;
        List<RuleFile> shipped = kubp.shippedFiles().stream().map(s -> new RuleFile(s.getPath(), s.getText())).toList();
        RuleSetModel model = kubp.defaultModel(shipped);
        model.getParameters().stream().filter(p -> p.getCode().equals("PRINCIPAL_MAX_PER_MEMBER")).forEach(p -> p.setValue("15000000"));

        List<RuleFile> generated = kubp.generate(model, shipped, CodeLists.defaults());

        assertThat(generated.get(0).getPath()).isEqualTo(kubp.parameterTablePath());
        assertThat(ParameterTable.read(generated.get(0).getContent()).values()).containsEntry("PRINCIPAL_MAX_PER_MEMBER", "15000000");
        assertThat(generated.subList(1, generated.size())).containsExactlyElementsOf(
                shipped.stream().filter(f -> f.getPath().endsWith(".drl")).toList());
        KieBase raised = RuleSetCompiler.compile(generated.stream().map(f -> new RuleSource(f.getPath(), f.getContent())).toList());
        KubpLoanRequest sixtyMillionForFive = KubpTestCases.request(kubp.shippedTestCases().stream()
                .filter(c -> c.getName().startsWith("Rp 60,000,000 for five members")).findFirst().orElseThrow().getInput());
        try (KubpTermsInForce before = kubp.evaluator(RuleSetCompiler.compile(kubp.shippedFiles()));
                KubpTermsInForce after = kubp.evaluator(raised)) {
            assertThat(kubp.outcome(before, sixtyMillionForFive))
                    .isEqualTo(new RuleSetProgramme.Outcome("REFUSED", Map.of("CEILING_PER_MEMBER", "VIOLATED")));
            assertThat(kubp.outcome(after, sixtyMillionForFive)).isEqualTo(new RuleSetProgramme.Outcome("APPROVABLE", Map.of()));
            assertThat(after.ladder()).isEqualTo(before.ladder());
        }
    }

    @Test
    void aKubpVersionStoredBeforeTheLadderReadsItsRepeatLimitAsTheLastStep() {
        RuleSetProgramme<KubpTermsInForce> kubp = RuleSetProgrammes.KUBP;
        String shippedTable = kubp.shippedFiles().get(0).getText();
        String oldTable = shippedTable.lines().filter(line -> !line.startsWith("ARREARS_STEP_"))
                .map(line -> line.startsWith("DISTRICT_CODES") ? "REPEAT_MAX_DAYS_PAST_DUE,120,old limit\n" + line : line)
                .reduce("", (a, b) -> a + b + "\n");

        RuleSetModel model = kubp.defaultModel(List.of(new RuleFile(kubp.parameterTablePath(), oldTable)));

        assertThat(model.getParameters()).extracting(ParameterValue::getCode, ParameterValue::getValue)
                .contains(tuple("ARREARS_STEP_1_DAYS", "30"),
                        tuple("ARREARS_STEP_3_DAYS", "120"));
        List<RuleFile> generated = kubp.generate(model, List.of(new RuleFile(kubp.parameterTablePath(), oldTable)), CodeLists.defaults());
        assertThat(generated).extracting(RuleFile::getPath).containsAll(
                kubp.shippedFiles().stream().map(RuleSource::getPath).filter(p -> p.endsWith(".drl")).toList());
        assertThat(ParameterTable.read(generated.get(0).getContent()).values()).containsEntry("ARREARS_STEP_3_DAYS", "120");
    }

    @Test
    void theWrseEvaluatorWordsAScreeningAsItsDecisionCriteriaAndScore() throws Exception {
        RuleSetProgramme<WrseScreener> wrse = RuleSetProgrammes.WRSE;
        RuleTestCase first = wrse.shippedTestCases().get(0);
        try (WrseScreener screener = wrse.evaluator(RuleSetCompiler.compile(wrse.shippedFiles()))) {
            RuleSetProgramme.Outcome outcome = wrse.outcome(screener, WrseTestCases.applicant(first.getInput()));

            assertThat(outcome.decision()).isIn(Arrays.stream(WrseDecision.values()).map(Enum::name).toList());
            assertThat(outcome.details()).containsKeys("AGE", "priorityScore");
        }
    }
}
