package id.berdaya.domain.kubp.loan;

import static id.berdaya.domain.kubp.loan.LoanFixtures.DISBURSED;
import static id.berdaya.domain.kubp.loan.LoanFixtures.TODAY;
import static id.berdaya.domain.kubp.loan.LoanFixtures.appliedLoan;
import static id.berdaya.domain.kubp.loan.LoanFixtures.date;
import static id.berdaya.domain.kubp.loan.LoanFixtures.disbursedLoan;
import static id.berdaya.domain.kubp.loan.LoanFixtures.pay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.kubp.ledger.RepaymentExceedsOutstandingException;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.shared.StateConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoanLifecycleTest {

    @Test
    void anAppliedLoanKeepsTheGeneratedSchedule() {
        Loan loan = appliedLoan();

        assertThat(loan.getStatus()).isEqualTo(LoanStatus.APPLIED);
        assertThat(loan.schedule().total()).isEqualTo(Rupiah.of(3_000_000));
        assertThat(loan.schedule().lastDueDate()).isEqualTo(date(2025, 3, 31));
        assertThat(loan.getTerms().getRuleSetVersion()).isEqualTo("kubp-test");
    }

    @Test
    void refusesApprovalByThePersonWhoEnteredIt() {
        Loan loan = appliedLoan();

        assertThatThrownBy(() -> loan.approve("petugas", Instant.now()))
                .isInstanceOf(FourEyesViolationException.class);
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.APPLIED);
    }

    @Test
    void refusesRepayingAnUndisbursedLoan() {
        Loan loan = appliedLoan();
        loan.approve("penyelia", Instant.now());

        assertThatThrownBy(() -> pay(loan, 1_000_000, DISBURSED, "K-1"))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void refusesDisbursingTwice() {
        Loan loan = disbursedLoan();

        assertThatThrownBy(() -> loan.disburse(DISBURSED, PaymentChannel.CASH, "keuangan", Instant.now(), TODAY))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void refusesADisbursementOnOrAfterTheFirstDueDate() {
        Loan loan = appliedLoan();
        loan.approve("penyelia", Instant.now());

        assertThatThrownBy(() -> loan.disburse(date(2025, 1, 31), PaymentChannel.CASH, "keuangan",
                Instant.now(), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("date"));
    }

    @Test
    void theFirstRepaymentMakesTheLoanActiveAndTheLastOnePaysItOff() {
        Loan loan = disbursedLoan();
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.DISBURSED);

        pay(loan, 1_000_000, date(2025, 1, 30), "K-1");
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.ACTIVE);

        pay(loan, 2_000_000, date(2025, 3, 1), "K-2");
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.PAID_OFF);
    }

    @Test
    void refusesRepaymentBeyondOutstandingBalance() {
        Loan loan = disbursedLoan();
        pay(loan, 2_500_000, date(2025, 1, 30), "K-1");

        assertThatThrownBy(() -> pay(loan, 500_001, date(2025, 2, 1), "K-2"))
                .isInstanceOf(RepaymentRefusedException.class)
                .hasCauseInstanceOf(RepaymentExceedsOutstandingException.class);
    }

    @Test
    void refusesAValueDateBeforeDisbursementOrInTheFuture() {
        Loan loan = disbursedLoan();

        assertThatThrownBy(() -> pay(loan, 1_000, DISBURSED.minusDays(1), "K-1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("valueDate"));
        assertThatThrownBy(() -> pay(loan, 1_000, TODAY.plusDays(1), "K-2"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reversingThePaymentThatPaidTheLoanOffMakesItActiveAgain() {
        Loan loan = disbursedLoan();
        pay(loan, 1_000_000, date(2025, 1, 30), "K-1");
        Repayment last = pay(loan, 2_000_000, date(2025, 3, 1), "K-2");

        loan.reverse(last, "Nominal salah ketik", "keuangan", Instant.now());

        assertThat(loan.getStatus()).isEqualTo(LoanStatus.ACTIVE);
        assertThat(loan.getRepayments()).hasSize(2);
        assertThat(loan.getReversals()).singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo("Nominal salah ketik"));
    }

    @Test
    void refusesReversingTheSamePaymentTwice() {
        Loan loan = disbursedLoan();
        Repayment payment = pay(loan, 1_000_000, date(2025, 1, 30), "K-1");
        loan.reverse(payment, "Salah", "keuangan", Instant.now());

        assertThatThrownBy(() -> loan.reverse(payment, "Lagi", "keuangan", Instant.now()))
                .isInstanceOf(StateConflictException.class);
        assertThat(loan.getStatus()).isEqualTo(LoanStatus.ACTIVE);
    }

    @Test
    void aWrittenOffLoanTakesNoMorePaymentsOrReversals() {
        Loan loan = disbursedLoan();
        Repayment payment = pay(loan, 1_000_000, date(2025, 1, 30), "K-1");

        loan.writeOff(date(2026, 6, 30), "Kelompok bubar", "penyelia", Instant.now(), TODAY);

        assertThat(loan.getStatus()).isEqualTo(LoanStatus.WRITTEN_OFF);
        assertThatThrownBy(() -> pay(loan, 1_000, date(2026, 7, 1), "K-2"))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> loan.reverse(payment, "Salah", "keuangan", Instant.now()))
                .isInstanceOf(StateConflictException.class);
    }
}
