package id.berdaya.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed test case names its bad field; a wrong expectation names each difference. */
class TestCaseFormatTest {

    private static final WrseTestCases WRSE = new WrseTestCases(RuleSetCompiler.compile(DefaultRuleSets.wrse()));
    private static final String APPLICANT = """
            {"sex": "F", "birthDate": "1985-07-05", "maritalStatus": "MARRIED", "regencyCode": "6402",
             "applicationDate": "2026-11-22", "registries": [{"name": "DTKS"}, {"name": "P3KE", "decile": 1}],
             "hasBusiness": false, "businessField": "CULINARY", "mainBreadwinner": true}""";

    @AfterAll
    static void close() {
        WRSE.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field          | {\"sex\": \"F\", \"birthdate\": \"1985-07-05\"}                | input.birthdate",
            "missing sex            | {\"birthDate\": \"1985-07-05\"}                                | input.sex",
            "unknown sex            | {\"sex\": \"W\"}                                               | input.sex",
            "malformed date         | {\"sex\": \"F\", \"birthDate\": \"05-07-1985\"}                | input.birthDate",
            "decile out of range    | {\"sex\": \"F\", \"birthDate\": \"1985-07-05\", \"maritalStatus\": \"MARRIED\", \"applicationDate\": \"2026-11-22\", \"registries\": [{\"name\": \"DTSEN\", \"decile\": 11}]} | input.registries[0].decile",
            "birth after application| {\"sex\": \"F\", \"birthDate\": \"2027-01-01\", \"maritalStatus\": \"MARRIED\", \"applicationDate\": \"2026-11-22\"} | input.birthDate",
            "not JSON               | {\"sex\": F}                                                   | input"})
    void namesTheBadFieldOfTheInput(String name, String input, String field) {
        assertThatThrownBy(() -> WrseTestCases.applicant(input))
                .isInstanceOfSatisfying(TestCaseFormatException.class, e -> assertThat(e.getField()).isEqualTo(field));
    }

    @Test
    void anExpectationThatChecksNothingIsRefused() {
        RuleTestCase empty = new RuleTestCase("empty", APPLICANT, "{}");
        assertThatThrownBy(() -> WrseTestCases.checkFormat(empty))
                .isInstanceOfSatisfying(TestCaseFormatException.class, e -> assertThat(e.getField()).isEqualTo("expected"));
        assertThatThrownBy(() -> WrseTestCases.checkFormat(new RuleTestCase("bad", APPLICANT, "{\"criteria\": {\"AGE\": \"OK\"}}")))
                .isInstanceOfSatisfying(TestCaseFormatException.class,
                        e -> assertThat(e.getField()).isEqualTo("expected.criteria.AGE"));
    }

    @Test
    void aWrongExpectationFailsWithEachDifferenceAndTheActualOutcome() {
        TestCaseResult result = WRSE.run(new RuleTestCase("wrong", APPLICANT,
                "{\"decision\": \"NEEDS_REVIEW\", \"criteria\": {\"AGE\": \"FAIL\", \"SEX\": \"PASS\"}, \"priorityScore\": 10}"));

        assertThat(result.isPassed()).isFalse();
        assertThat(result.getDifferences()).containsExactly(
                "decision: expected NEEDS_REVIEW, got ELIGIBLE",
                "AGE: expected FAIL, got PASS (Age 41 on the application date; the age limit is 18–59)",
                "priorityScore: expected 10, got 75");
        assertThat(result.getActual()).contains("\"decision\":\"ELIGIBLE\"", "\"priorityScore\":75");
    }

    @Test
    void aMalformedCaseFailsToRunWithoutStoppingTheOthers() {
        List<TestCaseResult> results = WRSE.runAll(List.of(
                new RuleTestCase("broken", "{\"sex\": \"X\"}", "{\"decision\": \"ELIGIBLE\"}"),
                new RuleTestCase("fine", APPLICANT, "{\"decision\": \"ELIGIBLE\"}")));

        assertThat(results).extracting(TestCaseResult::isPassed).containsExactly(false, true);
        assertThat(results.get(0).getDifferences().get(0)).startsWith("input.sex:");
    }

    @Test
    void aCriterionTheRulesNoLongerJudgeIsADifference() {
        id.berdaya.rules.authoring.RuleSetModel model = id.berdaya.rules.authoring.DefaultModels.wrse();
        model.getCriteria().removeIf(c -> c.getCode().equals("AGE"));
        List<RuleSource> withoutAge = id.berdaya.rules.authoring.RuleSetModelGenerator.generate(model,
                id.berdaya.rules.authoring.CodeLists.defaults());
        try (WrseTestCases runner = new WrseTestCases(RuleSetCompiler.compile(withoutAge))) {
            TestCaseResult result = runner.run(new RuleTestCase("age", APPLICANT, "{\"criteria\": {\"AGE\": \"PASS\"}}"));

            assertThat(result.getDifferences()).containsExactly("AGE: expected PASS, but the rules gave no AGE result");
        }
    }

    @Test
    void kubpCasesNameTheirBadFieldsToo() {
        assertThatThrownBy(() -> KubpTestCases.request("""
                {"groupDistrictCode": "640206", "applicationDate": "2025-03-15", "principal": "lots",
                 "installments": 12}"""))
                .isInstanceOfSatisfying(TestCaseFormatException.class,
                        e -> assertThat(e.getField()).isEqualTo("input.principal"));
        assertThatThrownBy(() -> KubpTestCases.request("""
                {"groupDistrictCode": "640206", "applicationDate": "2025-03-15", "principal": 1, "installments": 12,
                 "members": [{"nik": "1", "sex": "F", "birthDate": "1980-01-01", "maritalStatus": "MARRIED", "count": 0}]}"""))
                .isInstanceOfSatisfying(TestCaseFormatException.class,
                        e -> assertThat(e.getField()).isEqualTo("input.members[0].count"));
    }

    @Test
    void aTestCaseFileRefusesTwoCasesOfOneName() {
        assertThatThrownBy(() -> TestCaseFiles.parse("""
                [{"name": "a", "input": {}, "expected": {}}, {"name": "a", "input": {}, "expected": {}}]"""))
                .isInstanceOfSatisfying(TestCaseFormatException.class,
                        e -> assertThat(e.getField()).isEqualTo("testCases[1].name"));
    }
}
