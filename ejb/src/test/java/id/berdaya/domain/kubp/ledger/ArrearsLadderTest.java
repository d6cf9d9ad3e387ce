package id.berdaya.domain.kubp.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.Rupiah;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.kubp.KubpTermsEvaluator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrearsLadderTest {

    /** The ladder of the shipped KUBP terms, read through the rules as the application reads it. */
    private static final ArrearsLadder SHIPPED;

    static {
        try (KubpTermsEvaluator terms = new KubpTermsEvaluator(RuleSetCompiler.compile(DefaultRuleSets.kubp()))) {
            SHIPPED = ArrearsLadder.of(terms.termsInForce());
        }
    }

    @ParameterizedTest(name = "{0} days past due is {1}, warning level {2}")
    @CsvSource({
        "0, CURRENT, 0",
        "1, DPD_1_30, 0",
        "30, DPD_1_30, 0",
        "31, DPD_31_60, 1",
        "60, DPD_31_60, 1",
        "61, DPD_61_90, 2",
        "90, DPD_61_90, 2",
        "91, DPD_OVER_90, 3",
        "4000, DPD_OVER_90, 3"
    })
    void theShippedLadderGradesAt30_60And90DaysInclusive(long daysPastDue, String bucket, int warningLevel) {
        assertThat(SHIPPED.bucketOf(daysPastDue).name()).isEqualTo(bucket);
        assertThat(SHIPPED.warningLevelFor(daysPastDue)).isEqualTo(warningLevel);
    }

    @ParameterizedTest(name = "{0} days past due is {1}, warning level {2}")
    @CsvSource({
        "30, DPD_1_45, 0",
        "45, DPD_1_45, 0",
        "46, DPD_46_90, 1",
        "91, DPD_91_120, 2",
        "120, DPD_91_120, 2",
        "121, DPD_OVER_120, 3"
    })
    void anotherLadderMovesEveryBucketAndWarningWithIt(long daysPastDue, String bucket, int warningLevel) {
        ArrearsLadder ladder = new ArrearsLadder(45, 90, 120);

        assertThat(ladder.bucketOf(daysPastDue).name()).isEqualTo(bucket);
        assertThat(ladder.warningLevelFor(daysPastDue)).isEqualTo(warningLevel);
        assertThat(ladder.warningAfter(3)).isEqualTo(120);
    }

    @Test
    void parFollowsTheLadder() {
        List<LoanExposure> loans = List.of(new LoanExposure(Rupiah.of(6_000_000), 40),
                new LoanExposure(Rupiah.of(4_000_000), 100));

        PortfolioAtRisk shipped = PortfolioAtRisk.of(loans, SHIPPED);
        PortfolioAtRisk later = PortfolioAtRisk.of(loans, new ArrearsLadder(45, 90, 120));

        assertThat(shipped.par30()).isEqualByComparingTo("1.0");
        assertThat(shipped.par90()).isEqualByComparingTo("0.4");
        assertThat(later.par30()).isEqualByComparingTo("0.4"); // only the 100-day loan is beyond 45 days
        assertThat(later.par90()).isEqualByComparingTo("0.0"); // and none beyond 120
    }

    @Test
    void aLadderRisesStepByStep() {
        assertThatThrownBy(() -> new ArrearsLadder(30, 30, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArrearsLadder(0, 60, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SHIPPED.bucketOf(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
