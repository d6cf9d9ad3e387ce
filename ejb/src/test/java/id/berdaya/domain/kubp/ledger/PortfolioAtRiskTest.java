package id.berdaya.domain.kubp.ledger;

import static id.berdaya.domain.kubp.ledger.LedgerFixtures.date;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.payment;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.threeMonthLoan;
import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.shared.Rupiah;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioAtRiskTest {

    private static final ArrearsLadder LADDER = new ArrearsLadder(30, 60, 90);


    @Test
    void parCountsTheWholeOutstandingOfLoansPastTheThreshold() {
        PortfolioAtRisk par = PortfolioAtRisk.of(List.of(
                exposure(1_000_000, 0),
                exposure(4_000_000, 30),
                exposure(2_000_000, 31),
                exposure(3_000_000, 91)), LADDER);

        assertThat(par.totalOutstanding()).isEqualTo(Rupiah.of(10_000_000));
        assertThat(par.outstandingOver30()).isEqualTo(Rupiah.of(5_000_000));
        assertThat(par.outstandingOver90()).isEqualTo(Rupiah.of(3_000_000));
        assertThat(par.par30()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(par.par90()).isEqualTo(new BigDecimal("0.3000"));
    }

    @Test
    void aLoanExactlyNinetyDaysPastDueIsInPar30ButNotPar90() {
        PortfolioAtRisk par = PortfolioAtRisk.of(List.of(
                exposure(1_000_000, 90), exposure(1_000_000, 0)), LADDER);

        assertThat(par.par30()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(par.par90()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void ratiosHaveFourDecimalsRoundedHalfUp() {
        PortfolioAtRisk par = PortfolioAtRisk.of(List.of(
                exposure(1_000_000, 31), exposure(2_000_000, 91)), LADDER);
        PortfolioAtRisk thirds = PortfolioAtRisk.of(List.of(
                exposure(1_000_000, 95), exposure(2_000_000, 0)), LADDER);
        PortfolioAtRisk halfUp = PortfolioAtRisk.of(List.of(
                exposure(1, 40), exposure(19_999, 0)), LADDER);

        assertThat(par.par30()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(par.par90()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(thirds.par90()).isEqualTo(new BigDecimal("0.3333"));
        // 1 / 20,000 = 0.00005 exactly: half up gives 0.0001.
        assertThat(halfUp.par30()).isEqualTo(new BigDecimal("0.0001"));
    }

    @Test
    void anEmptyOrFullyRepaidPortfolioHasNothingAtRisk() {
        assertThat(PortfolioAtRisk.of(List.of(), LADDER).par30()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(PortfolioAtRisk.of(List.of(exposure(0, 0)), LADDER).par90())
                .isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void parOnAPastDateFollowsFromEachLoansPositionOnThatDate() {
        RepaymentSchedule schedule = threeMonthLoan();
        LoanPosition payingMember = LoanPosition.asOf(schedule,
                List.of(payment(1, 1_000_000, date(2027, 1, 31))), date(2027, 3, 15));
        LoanPosition silentMember = LoanPosition.asOf(schedule, List.of(), date(2027, 3, 15));

        PortfolioAtRisk par = PortfolioAtRisk.of(List.of(
                LoanExposure.of(payingMember), LoanExposure.of(silentMember)), LADDER);

        // 43 days past due for the silent member: 3,000,000 of 5,000,000 outstanding at risk.
        assertThat(silentMember.daysPastDue()).isEqualTo(43);
        assertThat(par.par30()).isEqualTo(new BigDecimal("0.6000"));
        assertThat(par.par90()).isEqualTo(new BigDecimal("0.0000"));
    }

    private static LoanExposure exposure(long outstanding, long daysPastDue) {
        return new LoanExposure(Rupiah.of(outstanding), daysPastDue);
    }
}
