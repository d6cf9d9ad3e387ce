package id.berdaya.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.rules.authoring.DefaultModels;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.RuleSetModelFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue: data beside the rules (order, reason texts, parameters), worded without any rule code. */
class RuleSetCatalogueTest {

    private static final RuleSetCatalogue CATALOGUE = RuleSetCatalogue.parse("""
            # a comment
            ORDER,AGE
            REASON,AGE.OLDER,"Usia {age} tahun; batas {min}–{max}","Age {age}; the limit is {min}–{max}"
            REASON,REGISTRY.NONE,"Tidak terdaftar di {missing}","Listed in neither {missing}"
            REASON,PLAIN,"Tanpa penanda","No placeholder"
            PARAMETER,APPEAL_PERIOD_DAYS,45
            """);

    @Test
    void fillsNamedPlaceholdersInEachLanguage() {
        CriterionResult worded = CATALOGUE.word(CriterionResult.keyed("AGE", Outcome.FAIL, "AGE.OLDER", "age", 61, "min", 18, "max", 59));

        assertThat(worded.getReasonId()).isEqualTo("Usia 61 tahun; batas 18–59");
        assertThat(worded.getReasonEn()).isEqualTo("Age 61; the limit is 18–59");
        assertThat(CATALOGUE.word(CriterionResult.keyed("REGISTRY", Outcome.FAIL, "REGISTRY.NONE",
                "missing", new BilingualValue("DTKS maupun P3KE", "DTKS nor P3KE"))).getReasonEn()).isEqualTo("Listed in neither DTKS nor P3KE");
        assertThat(CATALOGUE.word(CriterionResult.keyed("X", Outcome.PASS, "PLAIN")).getReasonId()).isEqualTo("Tanpa penanda");
    }

    @Test
    void aValueWithDollarsOrBracesIsDataAndAMissingValueStaysVisible() {
        CriterionResult worded = CATALOGUE.word(CriterionResult.keyed("AGE", Outcome.FAIL, "AGE.OLDER", "age", "$1 {max}", "min", 18));

        assertThat(worded.getReasonEn()).isEqualTo("Age $1 {max}; the limit is 18–{max}");
    }

    @Test
    void carriesTheRuleSetsParametersAsData() {
        assertThat(CATALOGUE.getParameters()).containsExactly(java.util.Map.entry("APPEAL_PERIOD_DAYS", "45"));
        assertThat(CATALOGUE.getOrder()).containsExactly("AGE");
        assertThatThrownBy(() -> RuleSetCatalogue.parse("RULE,x")).hasMessageContaining("ORDER, REASON or PARAMETER");
    }

    @Test
    void aParameterTableIsReadAsDataSoNoRowFires() {
        List<RuleSource> kubp = DefaultRuleSets.kubp();

        ProgrammeParameters parameters = ProgrammeParameters.of(RuleSetCompiler.compile(kubp));

        assertThat(parameters.longValue("PRINCIPAL_MAX_PER_MEMBER")).isEqualTo(10_000_000L);
        assertThat(parameters.listValue("DISTRICT_CODES")).hasSize(20);
    }

    @Test
    void aWrseModelStoredBeforeTheAppealPeriodsReadsWithTheShippedOnes() {
        RuleSetModel model = DefaultModels.wrse();
        model.setParameters(List.of());
        RuleSetModel read = RuleSetModelFile.read(RuleSetModelFile.write(model));

        assertThat(read.parameter("APPEAL_PERIOD_DAYS")).isEqualTo("30");
        assertThat(read.parameter("APPEAL_HANDLING_DAYS")).isEqualTo("14");
        model.setParameters(List.of(new id.berdaya.rules.authoring.ParameterValue("APPEAL_PERIOD_DAYS", "60")));
        assertThat(RuleSetModelFile.read(RuleSetModelFile.write(model)).parameter("APPEAL_PERIOD_DAYS")).isEqualTo("60");
    }
}
