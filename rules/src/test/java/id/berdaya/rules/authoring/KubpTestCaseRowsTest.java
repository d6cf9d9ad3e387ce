package id.berdaya.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.testing.KubpTestCases;
import id.berdaya.rules.testing.RuleTestCase;
import id.berdaya.rules.testing.TestCaseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KUBP test cases go into the form and back unchanged, and the form's values are checked like any other. */
class KubpTestCaseRowsTest {

    @Test
    void everyShippedCaseGoesThroughTheFormAndStillPasses() {
        try (KubpTestCases runner = new KubpTestCases(RuleSetCompiler.compile(DefaultRuleSets.kubp()))) {
            for (RuleTestCase shipped : DefaultRuleSets.kubpTestCases()) {
                RuleTestCase again = KubpTestCaseRows.toTestCase(KubpTestCaseRows.toRow(shipped));
                assertThat(KubpTestCases.request(again.getInput())).usingRecursiveComparison()
                        .isEqualTo(KubpTestCases.request(shipped.getInput()));
                TestCaseResult result = runner.run(again);
                assertThat(result.getDifferences()).as(shipped.getName()).isEmpty();
            }
        }
    }

    @Test
    void theMembersAreSummedUpInWords() {
        RuleTestCase manAmongThem = DefaultRuleSets.kubpTestCases().stream().filter(c -> c.getName().startsWith("A man")).findFirst()
                .orElseThrow();
        assertThat(KubpTestCaseRows.toRow(manAmongThem).getMembersSummary()).isEqualTo("1 laki-laki (640206), 9 perempuan (640206)");
        RuleTestCase repeat = DefaultRuleSets.kubpTestCases().stream().filter(c -> c.getName().startsWith("Repeat loan")).findFirst()
                .orElseThrow();
        assertThat(KubpTestCaseRows.toRow(repeat).getMembersSummary()).contains("pinjaman sebelumnya: lunas, paling lama 120 hari tunggakan");
    }

    @Test
    void anEditedExpectationChangesTheStoredCase() {
        KubpTestCaseRow row = KubpTestCaseRows.toRow(DefaultRuleSets.kubpTestCases().get(3));
        row.setExpectedApprovable(true);
        row.setExpectedViolations(List.of());
        row.setName("Rp 60.000.000 untuk lima anggota: dapat disetujui");

        RuleTestCase stored = KubpTestCaseRows.toTestCase(row);

        assertThat(stored.getName()).isEqualTo("Rp 60.000.000 untuk lima anggota: dapat disetujui");
        assertThat(stored.getExpected()).isEqualTo("{\"approvable\":true,\"violations\":[]}");
    }

    @Test
    void badValuesAreProblemsOnTheirFields() {
        RuleSetModel model = new RuleSetModel();
        model.setProgramme(Programme.KUBP.name());
        KubpTestCaseRow good = KubpTestCaseRows.toRow(DefaultRuleSets.kubpTestCases().get(0));
        KubpTestCaseRow bad = good.copy(good.getName());
        bad.setPrincipal(0L);
        bad.setInstallments(500);
        bad.setGroupDistrictCode("64a");
        bad.setExpectedApprovable(true);
        bad.setExpectedViolations(List.of("TENOR", "NO_SUCH_TERM"));
        model.setKubpTestCases(List.of(good, bad));

        List<String> fields = RuleSetModelValidator.validate(model, CodeLists.defaults()).stream().map(ValidationProblem::getField)
                .filter(f -> f.startsWith("kubpTestCases")).toList();

        assertThat(fields).containsExactlyInAnyOrder("kubpTestCases[1].name", "kubpTestCases[1].principal",
                "kubpTestCases[1].installments", "kubpTestCases[1].groupDistrictCode", "kubpTestCases[1].expectedViolations",
                "kubpTestCases[1].expectedViolations");
    }
}
