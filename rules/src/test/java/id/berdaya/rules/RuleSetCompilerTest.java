package id.berdaya.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.rules.authoring.CodeLists;
import id.berdaya.rules.authoring.DefaultModels;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.RuleSetModelGenerator;
import id.berdaya.rules.kubp.KubpTermsEvaluator;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class RuleSetCompilerTest {

    private static final String CRITERIA_DRL = "id/berdaya/rules/wrse/criteria.drl";

    @Test
    void loadsTheShippedRuleSetsInIndexOrder() {
        assertThat(DefaultRuleSets.wrse()).extracting(RuleSource::getPath).containsExactly(
                "id/berdaya/rules/wrse/model.csv", "id/berdaya/rules/wrse/catalogue.csv", CRITERIA_DRL,
                "id/berdaya/rules/wrse/score.drl", "id/berdaya/rules/wrse/decision.drl");
        assertThat(DefaultRuleSets.kubp()).extracting(RuleSource::getPath).hasSize(7)
                .startsWith("id/berdaya/rules/kubp/parameters.csv")
                .filteredOn(p -> p.endsWith(".drl")).hasSize(6);
    }

    @Test
    void compilesEditedRulesSideBySideWithTheDefaults() {
        KieBase defaults = RuleSetCompiler.compile(DefaultRuleSets.wrse());
        RuleSetModel older = DefaultModels.wrse();
        older.getCriteria().stream().filter(c -> c.getCode().equals("AGE")).findFirst().orElseThrow().getArguments().put("max", "64");
        KieBase edited = RuleSetCompiler.compile(RuleSetModelGenerator.generate(older, CodeLists.defaults()));
        WrseApplicant sixtyOne = WrseApplicant.builder().sex(Sex.F).birthDate(LocalDate.of(1963, 6, 1))
                .maritalStatus(MaritalStatus.WIDOWED).regencyCode("6402").applicationDate(LocalDate.of(2025, 3, 15))
                .build();

        assertThat(new WrseScreener(defaults).screen(sixtyOne).criterion("AGE").orElseThrow().getOutcome())
                .isEqualTo(Outcome.FAIL);
        CriterionResult editedAge = new WrseScreener(edited).screen(sixtyOne).criterion("AGE").orElseThrow();
        assertThat(editedAge.getOutcome()).isEqualTo(Outcome.PASS);
        assertThat(editedAge.getReasonId()).contains("batas usia 18–64 tahun");
    }

    @Test
    void theParameterTableSetsTheKubpTermsWithoutAnyDrlChange() {
        KieBase raised = RuleSetCompiler.compile(replace(DefaultRuleSets.kubp(), "id/berdaya/rules/kubp/parameters.csv",
                csv -> csv.replace("PRINCIPAL_MAX_PER_MEMBER,10000000,", "PRINCIPAL_MAX_PER_MEMBER,15000000,")));

        try (KubpTermsEvaluator evaluator = new KubpTermsEvaluator(raised)) {
            assertThat(evaluator.termsInForce().getMaxPrincipalPerMember()).isEqualTo(15_000_000L);
            assertThat(evaluator.termsInForce().getMaxInstallments()).isEqualTo(36);
            assertThat(evaluator.termsInForce().getDistrictCodes()).hasSize(20).contains("640219", "640220");
        }
    }

    @Test
    void locatesASyntaxErrorByFileAndLine() {
        List<RuleSource> broken = replace(DefaultRuleSets.wrse(), CRITERIA_DRL,
                drl -> drl.replace("WrseApplicant( $age : age, age >= 18, age <= 59 )",
                        "WrseApplicant( $age : age, age >= 18, age <= 59"));

        assertThatThrownBy(() -> RuleSetCompiler.compile(broken))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.getErrors()).isNotEmpty();
                    assertThat(e.getErrors()).allSatisfy(error -> {
                        assertThat(error.getSourcePath()).isEqualTo(CRITERIA_DRL);
                        assertThat(error.getMessage()).isNotBlank();
                    });
                    assertThat(e.getErrors()).anySatisfy(error -> {
                        assertThat(error.getLine()).isGreaterThan(10);
                        assertThat(error.getColumn()).isPositive();
                    });
                    assertThat(e.getErrors()).noneSatisfy(error ->
                            assertThat(error.getMessage()).contains("Parser returned a null Package"));
                });
    }

    @Test
    void reportsAnUnknownFactType() {
        List<RuleSource> sources = List.of(new RuleSource("id/berdaya/rules/wrse/dtsen.drl", """
                package id.berdaya.rules.wrse;

                rule "REGISTRY: listed in DTSEN"
                when
                    DtsenListing( decile <= 4 )
                then
                end
                """));

        assertThatThrownBy(() -> RuleSetCompiler.compile(sources))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.getErrors())
                        .anySatisfy(error -> {
                            assertThat(error.getSourcePath()).isEqualTo("id/berdaya/rules/wrse/dtsen.drl");
                            assertThat(error.getMessage()).contains("DtsenListing");
                        }));
    }

    @Test
    void refusesAnEmptyRuleSetAndPathsOutsideTheClasspathTree() {
        assertThatThrownBy(() -> RuleSetCompiler.compile(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleSource("../etc/passwd.drl", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleSource("id/berdaya/rules/wrse/age.txt", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RuleSource("id/berdaya/rules/wrse/parameters.csv", "").isDecisionTable()).isTrue();
    }

    private static List<RuleSource> replace(List<RuleSource> sources, String path,
            java.util.function.UnaryOperator<String> edit) {
        List<RuleSource> edited = new ArrayList<>();
        for (RuleSource source : sources) {
            edited.add(source.getPath().equals(path) ? new RuleSource(path, edit.apply(source.getDrl())) : source);
        }
        assertThat(edited).extracting(RuleSource::getDrl).isNotEqualTo(
                sources.stream().map(RuleSource::getDrl).toList());
        return edited;
    }
}
