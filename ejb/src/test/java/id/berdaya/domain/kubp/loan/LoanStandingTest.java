package id.berdaya.domain.kubp.loan;

import static id.berdaya.domain.kubp.loan.LoanFixtures.TODAY;
import static id.berdaya.domain.kubp.loan.LoanFixtures.appliedLoan;
import static id.berdaya.domain.kubp.loan.LoanFixtures.date;
import static id.berdaya.domain.kubp.loan.LoanFixtures.disbursedLoan;
import static id.berdaya.domain.kubp.loan.LoanFixtures.pay;
import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.shared.Rupiah;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoanStandingTest {

    @Test
    void beforeDisbursementNothingIsOwedAndTheLoanIsNotOnTheBooks() {
        LoanStanding standing = disbursedLoan().standingOn(date(2024, 12, 19));

        assertThat(standing.status()).isEqualTo(LoanStatus.APPROVED);
        assertThat(standing.isOnBooks()).isFalse();
        assertThat(standing.outstandingPrincipal()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void anUndisbursedLoanKeepsItsStatusOnAnyDate() {
        assertThat(appliedLoan().standingOn(TODAY).status()).isEqualTo(LoanStatus.APPLIED);
    }

    @Test
    void thePastIsRecomputedFromTheLedger() {
        Loan loan = disbursedLoan();
        pay(loan, 1_000_000, date(2025, 1, 30), "K-1");
        pay(loan, 2_000_000, date(2025, 6, 1), "K-2");

        LoanStanding inApril = loan.standingOn(date(2025, 4, 15));

        assertThat(inApril.status()).isEqualTo(LoanStatus.ACTIVE);
        assertThat(inApril.outstandingPrincipal()).isEqualTo(Rupiah.of(2_000_000));
        assertThat(inApril.arrearsAmount()).isEqualTo(Rupiah.of(2_000_000));
        assertThat(inApril.daysPastDue()).isEqualTo(46); // from 28 Feb
        assertThat(inApril.agingBucket(new ArrearsLadder(30, 60, 90)).name()).isEqualTo("DPD_31_60");
        assertThat(loan.standingOn(date(2025, 6, 1)).status()).isEqualTo(LoanStatus.PAID_OFF);
    }

    @Test
    void aReversalChangesTheFiguresForEarlierDates() {
        Loan loan = disbursedLoan();
        Repayment first = pay(loan, 1_000_000, date(2025, 1, 30), "K-1");
        assertThat(loan.standingOn(date(2025, 2, 15)).daysPastDue()).isZero();

        loan.reverse(first, "Kuitansi ganda", "keuangan", Instant.now());

        LoanStanding midFebruary = loan.standingOn(date(2025, 2, 15));
        assertThat(midFebruary.daysPastDue()).isEqualTo(15);
        assertThat(midFebruary.outstandingPrincipal()).isEqualTo(Rupiah.of(3_000_000));
        assertThat(midFebruary.status()).isEqualTo(LoanStatus.DISBURSED);
    }

    @Test
    void aWrittenOffLoanLeavesTheBooksOnItsWriteOffDate() {
        Loan loan = disbursedLoan();
        loan.writeOff(date(2026, 6, 30), "Kelompok bubar", "penyelia", Instant.now(), TODAY);

        assertThat(loan.standingOn(date(2026, 6, 29)).isOnBooks()).isTrue();
        assertThat(loan.standingOn(date(2026, 6, 30)).isOnBooks()).isFalse();
        assertThat(loan.standingOn(date(2026, 6, 30)).status()).isEqualTo(LoanStatus.WRITTEN_OFF);
    }

    @Test
    void aWrittenOffLoansDaysPastDueStopOnItsWriteOffDate() {
        Loan loan = disbursedLoan();
        loan.writeOff(date(2025, 3, 2), "Kelompok bubar", "penyelia", Instant.now(), TODAY);

        assertThat(loan.standingOn(TODAY).daysPastDue()).isEqualTo(30); // 31 Jan to 2 Mar
        assertThat(loan.standingOn(TODAY).outstandingPrincipal()).isEqualTo(Rupiah.of(3_000_000));
    }

    @Test
    void theWorstDaysPastDueIsReachedOnTheEveOfALatePayment() {
        Loan loan = disbursedLoan();
        pay(loan, 3_000_000, date(2025, 6, 1), "K-1");

        long worst = DelinquencyHistory.maxDaysPastDue(loan.schedule(), loan.ledger(), TODAY);

        assertThat(worst).isEqualTo(120); // 31 Jan to 31 May
    }

    @Test
    void theGraceIsTheWholeMonthsBeforeTheFirstDueDateLessOne() {
        assertThat(new LoanApplication(1, 1, 6, date(2025, 1, 10), date(2025, 2, 10), "x").graceMonths()).isZero();
        assertThat(new LoanApplication(1, 1, 6, date(2025, 1, 10), date(2025, 1, 25), "x").graceMonths()).isZero();
        assertThat(new LoanApplication(1, 1, 6, date(2025, 1, 10), date(2025, 5, 10), "x").graceMonths()).isEqualTo(3);
        assertThat(new LoanApplication(1, 1, 6, date(2025, 1, 10), date(2025, 6, 9), "x").graceMonths()).isEqualTo(3);
    }
}
