package id.berdaya.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.HandWrittenWrse;
import id.berdaya.rules.RuleCompilationException;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The parameter table is checked before Drools sees it, and each problem names its place. */
class ParameterTableTest {

    private static final String WRSE_TABLE = "id/berdaya/rules/wrse/parameters.csv";

    private static String wrseCsv() {
        return source(HandWrittenWrse.sources(), WRSE_TABLE).getText();
    }

    @Test
    void theShippedTablesAreWellFormedAndHoldEveryParameterTheRulesRead() {
        ParameterTable wrse = ParameterTable.read(wrseCsv());
        ParameterTable kubp = ParameterTable.read(source(DefaultRuleSets.kubp(), "id/berdaya/rules/kubp/parameters.csv").getText());

        assertThat(wrse.getProblems()).isEmpty();
        assertThat(kubp.getProblems()).isEmpty();
        assertThat(wrse.getRulePackage()).isEqualTo("id.berdaya.rules.wrse.parameters");
        assertThat(wrse.values()).containsEntry("AGE_MIN", "18").containsEntry("AGE_MAX", "59")
                .containsEntry("REGISTRY_REQUIRED", "DTKS,P3KE").containsEntry("SCORE_DECILE_1", "25")
                .containsEntry("APPEAL_PERIOD_DAYS", "30").containsEntry("APPEAL_HANDLING_DAYS", "14")
                .containsOnlyKeys(known(ParameterSchema.forPackage("id.berdaya.rules.wrse.parameters").orElseThrow()));
        assertThat(kubp.values()).containsEntry("PRINCIPAL_MAX_PER_MEMBER", "10000000").containsEntry("INSTALLMENTS_MAX", "36");
    }

    private static java.util.Set<String> known(ParameterSchema schema) {
        java.util.Set<String> codes = new java.util.HashSet<>(schema.getRequired().keySet());
        codes.addAll(schema.getOptional().keySet());
        return codes;
    }

    @Test
    void anAppealPeriodThatIsNotANumberIsRefusedOnItsRow() {
        ParameterTable table = ParameterTable.read(wrseCsv().replace("APPEAL_PERIOD_DAYS,30,", "APPEAL_PERIOD_DAYS,tiga puluh,"));
        assertThat(table.getProblems()).anySatisfy(p -> assertThat(p.toString()).contains("APPEAL_PERIOD_DAYS"));
        ParameterTable without = ParameterTable.read(wrseCsv().replaceAll("(?m)^APPEAL_.*\\R", ""));
        assertThat(without.getProblems()).as("tables written before the appeals still load").isEmpty();
    }

    @Test
    void aRenamedColumnIsNamedWithItsPlace() {
        ParameterTable table = ParameterTable.read(wrseCsv().replace("Parameter,Value,Description", "Parameter,Nilai baru,Description"));

        assertThat(table.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.columnName()).isEqualTo("Nilai baru");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.column()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("Unknown column 'Nilai baru' (column B) where 'Value' belongs; "
                    + "the table's columns are Parameter, Value, Description");
        });
    }

    @Test
    void theIndonesianHeadingsAreAccepted() {
        assertThat(ParameterTable.read(wrseCsv().replace("Parameter,Value,Description", "Parameter,Nilai,Keterangan"))
                .getProblems()).isEmpty();
    }

    @Test
    void anExtraOrMissingColumnIsNamed() {
        ParameterTable extra = ParameterTable.read(wrseCsv().replace("Parameter,Value,Description", "Parameter,Value,Description,Satuan"));
        assertThat(extra.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.columnName()).isEqualTo("Satuan");
            assertThat(p.message()).startsWith("Unknown column 'Satuan' (column D)");
        });

        ParameterTable missing = ParameterTable.read(wrseCsv().replace("Parameter,Value,Description", "Parameter,Value"));
        assertThat(missing.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.columnName()).isEqualTo("Description");
            assertThat(p.message()).startsWith("The column 'Description' (column C) is missing");
        });
    }

    @Test
    void aValueInAColumnBeyondTheTableIsRefused() {
        ParameterTable table = ParameterTable.read(wrseCsv().replace("AGE_MAX,59,", "AGE_MAX,59,note,64"));

        assertThat(table.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.message()).startsWith("Column D has a value");
        });
    }

    @Test
    void theAgendaGroupThatKeepsTheRowsOutOfEachEvaluationMustStay() {
        assertThat(problems(csv -> csv.replace("AGENDA-GROUP,parameters\n", ""))).singleElement().asString()
                .contains("AGENDA-GROUP,parameters", "missing");
    }

    @Test
    void aTableSavedWithSemicolonsIsExplained() {
        ParameterTable table = ParameterTable.read(wrseCsv().replace(',', ';'));

        assertThat(table.getProblems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("separated by ';'"));
    }

    @Test
    void malformedMissingAndDuplicateParametersAreNamed() {
        assertThat(problems(csv -> csv.replace("AGE_MIN,18,", "AGE_MIN,delapan belas,")))
                .containsExactly("11:2 AGE_MIN must be a whole number, e.g. 18, not 'delapan belas'");
        assertThat(problems(csv -> csv.replace("SCORE_DECILE_REGISTRY,P3KE,", "SCORE_DECILE_REGISTRY,\"P3KE,DTSEN\",")))
                .containsExactly("16:2 SCORE_DECILE_REGISTRY must be one code in capitals, e.g. P3KE, not 'P3KE,DTSEN'");
        assertThat(problems(csv -> csv.replaceAll("AGE_MAX,59,[^\\n]*\\n", "")))
                .singleElement().asString().endsWith("The WRSE rules need a row for AGE_MAX (a whole number, e.g. 18)");
        assertThat(problems(csv -> csv + "AGE_MIN,17,again\n")).singleElement().asString()
                .endsWith("Parameter AGE_MIN appears twice");
        assertThat(problems(csv -> csv.replace("AGE_MIN,18,", "AGE_MIN,\"18\"\"); System.exit(0); //\",")))
                .singleElement().asString().endsWith("The value of AGE_MIN may hold letters, digits, spaces and _ . , - only");
        assertThat(problems(csv -> csv + "NEW_LIMIT,7,for a rule of our own\n")).isEmpty();
    }

    @Test
    void theCompilerRefusesABadTableWithItsCsvPosition() {
        List<RuleSource> sources = HandWrittenWrse.sources().stream()
                .map(s -> s.getPath().equals(WRSE_TABLE)
                        ? new RuleSource(WRSE_TABLE, s.getText().replace("Parameter,Value,Description", "Kode,Value,Description"))
                        : s)
                .toList();

        assertThatThrownBy(() -> RuleSetCompiler.compile(sources))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.getErrors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.getSourcePath()).isEqualTo(WRSE_TABLE);
                            assertThat(error.getLine()).isEqualTo(10);
                            assertThat(error.getColumn()).isEqualTo(1);
                            assertThat(error.getMessage()).contains("'Kode'");
                        }));
    }

    private static List<String> problems(UnaryOperator<String> edit) {
        return ParameterTable.read(edit.apply(wrseCsv())).getProblems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    private static RuleSource source(List<RuleSource> sources, String path) {
        return sources.stream().filter(s -> s.getPath().equals(path)).findFirst().orElseThrow();
    }
}
