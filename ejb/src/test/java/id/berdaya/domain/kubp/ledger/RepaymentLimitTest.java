package id.berdaya.domain.kubp.ledger;

import static id.berdaya.domain.kubp.ledger.LedgerFixtures.date;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.payment;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.threeMonthLoan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.berdaya.domain.shared.Rupiah;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentLimitTest {

    @Test
    void outstandingNowCountsEveryPaymentThatIsNotReversedWhateverItsValueDate() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 1_000_000, date(2027, 1, 31)),
                payment(2, 500_000, date(2027, 12, 31)),
                payment(3, 700_000, date(2027, 2, 28)).asReversed());

        assertThat(RepaymentLimit.outstandingNow(threeMonthLoan(), ledger))
                .isEqualTo(Rupiah.of(1_500_000));
    }

    @Test
    void refusesRepaymentBeyondOutstandingBalance() {
        List<LedgerEntry> ledger = List.of(payment(1, 2_000_000, date(2027, 2, 28)));

        RepaymentExceedsOutstandingException refusal = catchThrowableOfType(
                RepaymentExceedsOutstandingException.class,
                () -> RepaymentLimit.requireWithinOutstanding(
                        threeMonthLoan(), ledger, Rupiah.of(1_250_000)));

        assertThat(refusal).isNotNull().hasMessage("repayment: Rp 1.250.000 exceeds the "
                + "outstanding balance of Rp 1.000.000 by Rp 250.000");
        assertThat(refusal.repayment()).isEqualTo(Rupiah.of(1_250_000));
        assertThat(refusal.outstanding()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(refusal.messageId()).isEqualTo("repayment.exceedsOutstanding");
        assertThat(refusal.indonesianMessage()).isEqualTo(
                "Pembayaran Rp 1.250.000 melebihi sisa pinjaman Rp 1.000.000 sebesar Rp 250.000.");
    }

    @Test
    void acceptsARepaymentOfExactlyTheOutstandingBalance() {
        List<LedgerEntry> ledger = List.of(payment(1, 2_000_000, date(2027, 2, 28)));

        assertThatCode(() -> RepaymentLimit.requireWithinOutstanding(
                threeMonthLoan(), ledger, Rupiah.of(1_000_000))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnyRepaymentOnAFullyPaidLoan() {
        List<LedgerEntry> ledger = List.of(payment(1, 3_000_000, date(2027, 3, 31)));

        RepaymentExceedsOutstandingException refusal = catchThrowableOfType(
                RepaymentExceedsOutstandingException.class,
                () -> RepaymentLimit.requireWithinOutstanding(
                        threeMonthLoan(), ledger, Rupiah.of(1)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.outstanding()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void aReversedPaymentFreesItsAmountForANewRepayment() {
        List<LedgerEntry> ledger = List.of(payment(1, 3_000_000, date(2027, 3, 31)).asReversed());

        assertThatCode(() -> RepaymentLimit.requireWithinOutstanding(
                threeMonthLoan(), ledger, Rupiah.of(3_000_000))).doesNotThrowAnyException();
    }
}
