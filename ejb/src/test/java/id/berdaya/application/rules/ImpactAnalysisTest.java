package id.berdaya.application.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.application.rules.ImpactSource.ImpactCase;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.Sex;
import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.DefaultModels;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.RuleSetModelGenerator;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/** A draft against the rules in force over the same cases: which decisions change, and how. */
class ImpactAnalysisTest {

    private static final KieBase IN_FORCE = RuleSetCompiler.compile(RuleSetProgrammes.of(RuleSetKind.WRSE_ELIGIBILITY).shippedFiles());
    private static final KieBase DTSEN = RuleSetCompiler.compile(dtsen());

    /** The shipped model with REGISTRY "listed in DTSEN with desil 1-4" (Inpres 4/2025). */
    private static List<RuleSource> dtsen() {
        RuleSetModel model = DefaultModels.wrse();
        model.getCriteria().stream().filter(c -> c.getCode().equals("REGISTRY")).findFirst().orElseThrow()
                .setArguments(Map.of("registries", "DTSEN", "maxDecile", "4", "partly", "REVIEW"));
        return RuleSetModelGenerator.generate(model, CodeLists.defaults());
    }

    @Test
    void countsAndListsTheDecisionsADtsenRuleWouldChange() {
        List<ImpactCase> cases = List.of(
                applicant("A-1", new RegistryListing("DTKS", null), new RegistryListing("P3KE", 2)),
                applicant("A-2", new RegistryListing("DTSEN", 3)),
                applicant("A-3", new RegistryListing("DTKS", null), new RegistryListing("P3KE", 1),
                        new RegistryListing("DTSEN", 1)));
        Map<String, Integer> transitions = new TreeMap<>();

        List<ImpactReport.Change> changes = ImpactAnalysis.compare(RuleSetKind.WRSE_ELIGIBILITY, IN_FORCE, DTSEN, cases,
                transitions);

        assertThat(changes).extracting(ImpactReport.Change::reference).containsExactly("A-1", "A-2");
        assertThat(changes.get(0).before()).isEqualTo("ELIGIBLE");
        assertThat(changes.get(0).after()).isEqualTo("INELIGIBLE");
        assertThat(changes.get(0).differences()).contains("decision: ELIGIBLE → INELIGIBLE", "REGISTRY: PASS → FAIL");
        assertThat(changes.get(1).before()).isEqualTo("INELIGIBLE");
        assertThat(changes.get(1).after()).isEqualTo("ELIGIBLE");
        assertThat(transitions).containsExactly(Map.entry("ELIGIBLE → INELIGIBLE", 1), Map.entry("INELIGIBLE → ELIGIBLE", 1));
    }

    private static ImpactCase applicant(String reference, RegistryListing... registries) {
        WrseApplicant applicant = WrseApplicant.builder().sex(Sex.F).birthDate(LocalDate.of(1985, 7, 5))
                .maritalStatus(MaritalStatus.MARRIED).regencyCode("6402").applicationDate(LocalDate.of(2026, 11, 22))
                .registries(List.of(registries)).businessField("CULINARY").build();
        return new ImpactCase(reference, "Applicant " + reference, applicant.getApplicationDate(), applicant);
    }
}
