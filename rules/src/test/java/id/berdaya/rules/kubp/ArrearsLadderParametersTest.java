package id.berdaya.rules.kubp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.RuleCompilationException;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.Sex;
import id.berdaya.rules.table.ParameterTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arrears ladder is three rows of the KUBP parameter table, and the repeat-loan rule climbs it;
 * interest, penalty interest and fees can only be 0; a version stored before the ladder still loads.
 */
class ArrearsLadderParametersTest {

    @Test
    void theShippedTableHoldsTheLadderAndTheRepeatRuleUsesItsLastStep() {
        try (KubpTermsEvaluator terms = new KubpTermsEvaluator(RuleSetCompiler.compile(DefaultRuleSets.kubp()))) {
            KubpTerms inForce = terms.termsInForce();
            assertThat(List.of(inForce.getArrearsStep1Days(), inForce.getArrearsStep2Days(), inForce.getArrearsStep3Days()))
                    .containsExactly(30, 60, 90);
            assertThat(inForce.getMaxDaysPastDueForRepeat()).isEqualTo(90);
        }
    }

    @Test
    void aPublishedLadderChangeMovesTheRepeatLoanLimit() {
        List<RuleSource> rules = withValues(Map.of("ARREARS_STEP_1_DAYS", "45", "ARREARS_STEP_2_DAYS", "90",
                "ARREARS_STEP_3_DAYS", "120"));

        try (KubpTermsEvaluator terms = new KubpTermsEvaluator(RuleSetCompiler.compile(rules))) {
            KubpTerms inForce = terms.termsInForce();
            assertThat(inForce.getArrearsStep1Days()).isEqualTo(45);
            assertThat(inForce.getArrearsStep3Days()).isEqualTo(120);
            assertThat(terms.evaluate(request(100)).getViolations()).isEmpty();
            assertThat(terms.evaluate(request(121)).getViolations()).singleElement().satisfies(v -> {
                assertThat(v.getCode()).isEqualTo("REPEAT_ARREARS");
                assertThat(v.getReasonId()).contains("menunggak 121 hari; batas 120 hari");
            });
        }
    }

    @Test
    void aLadderThatDoesNotRiseIsRefusedOnItsRow() {
        String table = ParameterTable.withValues(shippedTable(), Map.of("ARREARS_STEP_2_DAYS", "90"));

        assertThat(ParameterTable.read(table).getProblems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).contains("ARREARS_STEP_3_DAYS (90) must be above ARREARS_STEP_2_DAYS (90)");
        });
    }

    @Test
    void kubpRefusesInterestPenaltyOrAFeeAboveZero() {
        for (String code : List.of("INTEREST_RATE_PERCENT", "PENALTY_INTEREST_RATE_PERCENT", "ADMIN_FEE")) {
            String value = code.equals("ADMIN_FEE") ? "25000" : "1.5";
            List<RuleSource> rules = withValues(Map.of(code, value));

            assertThatThrownBy(() -> RuleSetCompiler.compile(rules)).isInstanceOfSatisfying(RuleCompilationException.class,
                    e -> assertThat(e.getErrors()).singleElement().satisfies(error -> {
                        assertThat(error.getSourcePath()).endsWith("parameters.csv");
                        assertThat(error.getMessage()).contains("interest-free", code + " must be 0, not " + value,
                                "tanpa bunga");
                    }));
        }
    }

    @Test
    void aVersionStoredBeforeTheLadderStillLoadsWithTheShippedLadder() {
        List<RuleSource> old = new ArrayList<>();
        for (RuleSource source : DefaultRuleSets.kubp()) {
            String name = source.getPath().substring(source.getPath().lastIndexOf('/') + 1);
            String before = resource("before-ladder/" + name);
            old.add(before == null ? source : new RuleSource(source.getPath(), before));
        }
        assertThat(old.get(0).getText()).contains("REPEAT_MAX_DAYS_PAST_DUE").doesNotContain("ARREARS_STEP");

        try (KubpTermsEvaluator terms = new KubpTermsEvaluator(RuleSetCompiler.compile(old))) {
            KubpTerms inForce = terms.termsInForce();
            assertThat(List.of(inForce.getArrearsStep1Days(), inForce.getArrearsStep2Days(), inForce.getArrearsStep3Days()))
                    .containsExactly(30, 60, 90);
            assertThat(terms.evaluate(request(91)).getViolations()).extracting(TermViolation::getCode)
                    .containsExactly("REPEAT_ARREARS");
        }
    }

    @Test
    void aNewTableWithoutTheLadderIsRefused() {
        String table = String.join("\n", shippedTable().lines().filter(line -> !line.startsWith("ARREARS_STEP_1_DAYS")).toList());

        assertThat(ParameterTable.read(table).getProblems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("need a row for ARREARS_STEP_1_DAYS"));
    }

    private static List<RuleSource> withValues(Map<String, String> values) {
        List<RuleSource> rules = new ArrayList<>(DefaultRuleSets.kubp());
        rules.set(0, new RuleSource(rules.get(0).getPath(), ParameterTable.withValues(shippedTable(), values)));
        return rules;
    }

    private static String shippedTable() {
        return DefaultRuleSets.kubp().get(0).getText();
    }

    /** A clean first request but for one fully repaid earlier loan this many days past due at worst. */
    private static KubpLoanRequest request(int worstDaysPastDue) {
        List<KubpMember> members = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            members.add(new KubpMember(String.format("640206%02d0180%04d", 40 + i, i), Sex.F, LocalDate.of(1980, 1, i),
                    MaritalStatus.MARRIED, "640206", false));
        }
        return KubpLoanRequest.builder().groupDistrictCode("640206").applicationDate(LocalDate.of(2025, 3, 15))
                .principal(50_000_000L).installments(12).graceMonths(1).members(members)
                .previousLoans(List.of(new PreviousLoan(true, worstDaysPastDue))).build();
    }

    private static String resource(String name) {
        try (InputStream in = ArrearsLadderParametersTest.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
