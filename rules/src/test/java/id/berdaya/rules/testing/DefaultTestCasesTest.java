package id.berdaya.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.DefaultModels;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.RuleSetModelGenerator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The test cases shipped beside the default rules pass against them, each by its name. */
class DefaultTestCasesTest {

    private static final WrseTestCases WRSE = new WrseTestCases(RuleSetCompiler.compile(DefaultRuleSets.wrse()));
    private static final KubpTestCases KUBP = new KubpTestCases(RuleSetCompiler.compile(DefaultRuleSets.kubp()));

    @AfterAll
    static void close() {
        WRSE.close();
        KUBP.close();
    }

    static Stream<RuleTestCase> wrseCases() {
        return DefaultRuleSets.wrseTestCases().stream();
    }

    static Stream<RuleTestCase> kubpCases() {
        return DefaultRuleSets.kubpTestCases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrseCases")
    void everyDefaultWrseCasePasses(RuleTestCase testCase) {
        TestCaseResult result = WRSE.run(testCase);

        assertThat(result.getDifferences()).as(result.getActual()).isEmpty();
        assertThat(result.isPassed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kubpCases")
    void everyDefaultKubpCasePasses(RuleTestCase testCase) {
        TestCaseResult result = KUBP.run(testCase);

        assertThat(result.getDifferences()).as(result.getActual()).isEmpty();
    }

    @Test
    void coverEveryDecisionAndEveryFailingCriterion() {
        List<RuleTestCase> wrse = DefaultRuleSets.wrseTestCases();
        assertThat(wrse).hasSizeGreaterThanOrEqualTo(10);
        assertThat(wrse).extracting(RuleTestCase::getExpected).anyMatch(e -> e.contains("\"ELIGIBLE\""))
                .anyMatch(e -> e.contains("\"NEEDS_REVIEW\"")).anyMatch(e -> e.contains("\"INELIGIBLE\""));
        for (String code : List.of("SEX", "AGE", "RESIDENCE", "REGISTRY", "PKH", "KUBE", "PRIOR_AID", "SKILL")) {
            assertThat(wrse).extracting(RuleTestCase::getExpected).as(code).anyMatch(e -> e.contains("\"" + code + "\":\"FAIL\""));
        }
        assertThat(DefaultRuleSets.kubpTestCases()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aRegistryRuleForDtsenBreaksOnlyTheCaseThatReliesOnDtks() {
        RuleSetModel model = DefaultModels.wrse();
        model.getCriteria().stream().filter(c -> c.getCode().equals("REGISTRY")).findFirst().orElseThrow()
                .setArguments(Map.of("registries", "DTSEN", "maxDecile", "4", "partly", "REVIEW"));
        List<RuleSource> dtsen = RuleSetModelGenerator.generate(model, CodeLists.defaults());

        try (WrseTestCases runner = new WrseTestCases(RuleSetCompiler.compile(dtsen))) {
            List<TestCaseResult> failed = runner.runAll(DefaultRuleSets.wrseTestCases()).stream()
                    .filter(r -> !r.isPassed()).toList();

            assertThat(failed).extracting(TestCaseResult::getName)
                    .containsExactly("Only in DTKS: the registry needs an officer's review");
            assertThat(failed.get(0).getDifferences()).contains(
                    "decision: expected NEEDS_REVIEW, got INELIGIBLE");
        }
    }
}
