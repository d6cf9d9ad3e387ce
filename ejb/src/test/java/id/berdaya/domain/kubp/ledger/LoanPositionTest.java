package id.berdaya.domain.kubp.ledger;

import static id.berdaya.domain.kubp.ledger.LedgerFixtures.date;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.goldenTwelveMonthLoan;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.payment;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.threeMonthLoan;
import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoanPositionTest {

    private static final ArrearsLadder DEFAULT_LADDER = new ArrearsLadder(30, 60, 90);


    private final RepaymentSchedule loan = threeMonthLoan();

    @Test
    void onTimePaymentsKeepTheLoanCurrent() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 1_000_000, date(2027, 1, 30)),
                payment(2, 1_000_000, date(2027, 2, 27)));

        LoanPosition position = LoanPosition.asOf(loan, ledger, date(2027, 3, 15));

        assertThat(position.totalPaid()).isEqualTo(Rupiah.of(2_000_000));
        assertThat(position.outstandingPrincipal()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(position.arrearsAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(position.daysPastDue()).isZero();
        assertThat(position.agingBucket(DEFAULT_LADDER).name()).isEqualTo("CURRENT");
        assertThat(statuses(position)).containsExactly(
                InstallmentStatus.PAID, InstallmentStatus.PAID, InstallmentStatus.NOT_YET_DUE);
    }

    @Test
    void anInstallmentPaidOnItsDueDateIsNotOverdueThatDay() {
        List<LedgerEntry> ledger = List.of(payment(1, 1_000_000, date(2027, 1, 31)));

        LoanPosition position = LoanPosition.asOf(loan, ledger, date(2027, 1, 31));

        assertThat(position.installment(1).status()).isEqualTo(InstallmentStatus.PAID);
        assertThat(position.daysPastDue()).isZero();
        assertThat(position.arrearsAmount()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void anUnpaidInstallmentIsDueButNotOverdueOnItsDueDate() {
        LoanPosition position = LoanPosition.asOf(loan, List.of(), date(2027, 1, 31));

        assertThat(position.installment(1).status()).isEqualTo(InstallmentStatus.DUE_TODAY);
        assertThat(position.daysPastDue()).isZero();
        assertThat(position.arrearsAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(position.agingBucket(DEFAULT_LADDER).name()).isEqualTo("CURRENT");
    }

    @Test
    void aPartialPaymentLeavesTheRestOfTheInstallmentOverdueFromTheNextDay() {
        List<LedgerEntry> ledger = List.of(payment(1, 400_000, date(2027, 1, 31)));

        LoanPosition onDueDate = LoanPosition.asOf(loan, ledger, date(2027, 1, 31));
        LoanPosition dayAfter = LoanPosition.asOf(loan, ledger, date(2027, 2, 1));

        assertThat(onDueDate.installment(1).status()).isEqualTo(InstallmentStatus.PARTIALLY_PAID);
        assertThat(onDueDate.daysPastDue()).isZero();
        assertThat(dayAfter.installment(1).status()).isEqualTo(InstallmentStatus.OVERDUE);
        assertThat(dayAfter.installment(1).paid()).isEqualTo(Rupiah.of(400_000));
        assertThat(dayAfter.installment(1).unpaid()).isEqualTo(Rupiah.of(600_000));
        assertThat(dayAfter.arrearsAmount()).isEqualTo(Rupiah.of(600_000));
        assertThat(dayAfter.outstandingPrincipal()).isEqualTo(Rupiah.of(2_600_000));
        assertThat(dayAfter.daysPastDue()).isEqualTo(1);
        assertThat(dayAfter.agingBucket(DEFAULT_LADDER).name()).isEqualTo("DPD_1_30");
    }

    @Test
    void aPrepaymentCoversLaterInstallmentsAndKeepsTheLoanCurrent() {
        List<LedgerEntry> ledger = List.of(payment(1, 2_500_000, date(2027, 1, 15)));

        LoanPosition lastDueDate = LoanPosition.asOf(loan, ledger, date(2027, 3, 31));
        LoanPosition dayAfterLastDueDate = LoanPosition.asOf(loan, ledger, date(2027, 4, 1));

        assertThat(statuses(lastDueDate)).containsExactly(InstallmentStatus.PAID,
                InstallmentStatus.PAID, InstallmentStatus.PARTIALLY_PAID);
        assertThat(lastDueDate.daysPastDue()).isZero();
        assertThat(lastDueDate.arrearsAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(dayAfterLastDueDate.arrearsAmount()).isEqualTo(Rupiah.of(500_000));
        assertThat(dayAfterLastDueDate.daysPastDue()).isEqualTo(1);
    }

    @Test
    void arrearsCountOnlyInstallmentsDueBeforeTheAsOfDate() {
        LoanPosition onSecondDueDate = LoanPosition.asOf(loan, List.of(), date(2027, 2, 28));
        LoanPosition dayAfter = LoanPosition.asOf(loan, List.of(), date(2027, 3, 1));

        assertThat(onSecondDueDate.arrearsAmount()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(statuses(onSecondDueDate)).containsExactly(InstallmentStatus.OVERDUE,
                InstallmentStatus.DUE_TODAY, InstallmentStatus.NOT_YET_DUE);
        assertThat(dayAfter.arrearsAmount()).isEqualTo(Rupiah.of(2_000_000));
    }

    @ParameterizedTest(name = "{0}: {1} days past due, {2}")
    @CsvSource({
        "2027-01-30, 0, CURRENT",
        "2027-01-31, 0, CURRENT",
        "2027-02-01, 1, DPD_1_30",
        "2027-03-02, 30, DPD_1_30",
        "2027-03-03, 31, DPD_31_60",
        "2027-04-01, 60, DPD_31_60",
        "2027-04-02, 61, DPD_61_90",
        "2027-05-01, 90, DPD_61_90",
        "2027-05-02, 91, DPD_OVER_90"
    })
    void daysPastDueCountFromTheOldestUnpaidInstallment(
            LocalDate asOf, long expectedDays, String expectedBucket) {
        LoanPosition position = LoanPosition.asOf(loan, List.of(), asOf);

        assertThat(position.daysPastDue()).isEqualTo(expectedDays);
        assertThat(position.agingBucket(DEFAULT_LADDER).name()).isEqualTo(expectedBucket);
    }

    @Test
    void daysPastDueMoveToTheNextInstallmentOnceTheOldestIsPaid() {
        List<LedgerEntry> ledger = List.of(payment(1, 1_000_000, date(2027, 3, 10)));

        LoanPosition position = LoanPosition.asOf(loan, ledger, date(2027, 3, 10));

        assertThat(position.daysPastDue()).isEqualTo(10);
        assertThat(position.arrearsAmount()).isEqualTo(Rupiah.of(1_000_000));
    }

    @Test
    void aReversalChangesFiguresForDatesBeforeItWasPosted() {
        LedgerEntry payment = payment(1, 1_000_000, date(2027, 1, 31));
        LocalDate asOf = date(2027, 2, 10);

        LoanPosition beforeReversal = LoanPosition.asOf(loan, List.of(payment), asOf);
        // The reversal is posted in March; the February figures still change.
        LoanPosition afterReversal = LoanPosition.asOf(loan, List.of(payment.asReversed()), asOf);

        assertThat(beforeReversal.daysPastDue()).isZero();
        assertThat(beforeReversal.totalPaid()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(afterReversal.daysPastDue()).isEqualTo(10);
        assertThat(afterReversal.totalPaid()).isEqualTo(Rupiah.ZERO);
        assertThat(afterReversal.arrearsAmount()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(afterReversal.outstandingPrincipal()).isEqualTo(Rupiah.of(3_000_000));
    }

    @Test
    void paymentsValuedAfterTheAsOfDateAreIgnored() {
        List<LedgerEntry> ledger = List.of(payment(1, 1_000_000, date(2027, 2, 5)));

        LoanPosition before = LoanPosition.asOf(loan, ledger, date(2027, 2, 3));
        LoanPosition onValueDate = LoanPosition.asOf(loan, ledger, date(2027, 2, 5));

        assertThat(before.daysPastDue()).isEqualTo(3);
        assertThat(before.totalPaid()).isEqualTo(Rupiah.ZERO);
        assertThat(onValueDate.daysPastDue()).isZero();
        assertThat(onValueDate.totalPaid()).isEqualTo(Rupiah.of(1_000_000));
    }

    @Test
    void aFullyPaidLoanHasNothingOutstandingAndNoDaysPastDueLongAfter() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 1_000_000, date(2027, 1, 31)),
                payment(2, 500_000, date(2027, 3, 20)),
                payment(3, 1_500_000, date(2027, 4, 30)));

        LoanPosition position = LoanPosition.asOf(loan, ledger, date(2028, 1, 1));

        assertThat(position.isFullyPaid()).isTrue();
        assertThat(position.outstandingPrincipal()).isEqualTo(Rupiah.ZERO);
        assertThat(position.arrearsAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(position.daysPastDue()).isZero();
        assertThat(position.agingBucket(DEFAULT_LADDER).name()).isEqualTo("CURRENT");
        assertThat(statuses(position)).containsOnly(InstallmentStatus.PAID);
    }

    @Test
    void goldenTwelveMonthLoanWithTwoPaymentsAndAPartialOne() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 834_000, date(2027, 1, 31)),
                payment(2, 834_000, date(2027, 3, 1)),
                payment(3, 500_000, date(2027, 3, 31)));

        LoanPosition position = LoanPosition.asOf(goldenTwelveMonthLoan(), ledger,
                date(2027, 5, 15));

        assertThat(position.totalPaid()).isEqualTo(Rupiah.of(2_168_000));
        assertThat(position.outstandingPrincipal()).isEqualTo(Rupiah.of(7_832_000));
        // Installments 3 (334,000 left) and 4 (834,000) are due before 15 May; 5 falls on 31 May.
        assertThat(position.arrearsAmount()).isEqualTo(Rupiah.of(1_168_000));
        assertThat(position.daysPastDue()).isEqualTo(45);
        assertThat(position.agingBucket(DEFAULT_LADDER).name()).isEqualTo("DPD_31_60");
        assertThat(statuses(position).subList(0, 5)).containsExactly(InstallmentStatus.PAID,
                InstallmentStatus.PAID, InstallmentStatus.OVERDUE, InstallmentStatus.OVERDUE,
                InstallmentStatus.NOT_YET_DUE);
    }

    private static List<InstallmentStatus> statuses(LoanPosition position) {
        return position.installments().stream().map(InstallmentPosition::status).toList();
    }
}
