package id.berdaya.application.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A draft that cannot even be saved: each problem a 400 naming its field or column. */
class DraftChecksTest {

    private static final List<RuleFile> WRSE = RuleSetContent.files(RuleSetProgrammes.of(RuleSetKind.WRSE_ELIGIBILITY).shippedFiles());
    private static final TestCase CASE = new TestCase("ok", "{\"sex\": \"F\", \"birthDate\": \"1985-07-05\", "
            + "\"maritalStatus\": \"MARRIED\", \"applicationDate\": \"2026-11-22\"}", "{\"decision\": \"ELIGIBLE\"}");

    @Test
    void theShippedFilesAndAWellFormedCasePass() {
        assertThatCode(() -> DraftChecks.check(RuleSetKind.WRSE_ELIGIBILITY, WRSE, List.of(CASE))).doesNotThrowAnyException();
    }

    @Test
    void aWrongColumnInTheParameterTableIsNamed() {
        String csv = RuleSetProgrammes.KUBP.shippedFiles().get(0).getText().replace("Parameter,Value,Description", "Parameter,Nilai baru,Description");

        assertThatThrownBy(() -> DraftChecks.checkParameterTable(csv))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    Assertions.assertThat(e.getField()).isEqualTo("column Nilai baru");
                    Assertions.assertThat(e.getMessage()).startsWith("parameters.csv line 10, column 2: Unknown column 'Nilai baru'");
                });
    }

    @Test
    void badPathsAndDuplicatePathsAreNamedByIndex() {
        assertField(List.of(new RuleFile("../escape.drl", "")), List.of(), "files[0].path");
        assertField(List.of(WRSE.get(1), WRSE.get(1)), List.of(), "files[1].path");
    }

    @Test
    void aMalformedTestCaseIsNamedDownToItsField() {
        assertField(WRSE, List.of(CASE, new TestCase("bad", "{\"sex\": \"X\"}", "{\"decision\": \"ELIGIBLE\"}")),
                "testCases[1].input.sex");
        assertField(WRSE, List.of(CASE, new TestCase("ok", CASE.getInput(), CASE.getExpected())), "testCases[1].name");
        assertField(WRSE, List.of(new TestCase("no check", CASE.getInput(), "{}")), "testCases[0].expected");
    }

    private static void assertField(List<RuleFile> files, List<TestCase> testCases, String field) {
        assertThatThrownBy(() -> DraftChecks.check(RuleSetKind.WRSE_ELIGIBILITY, files, testCases))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.getField()).isEqualTo(field));
    }
}
