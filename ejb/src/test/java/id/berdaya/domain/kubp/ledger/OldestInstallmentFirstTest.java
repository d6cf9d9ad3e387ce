package id.berdaya.domain.kubp.ledger;

import static id.berdaya.domain.kubp.ledger.LedgerFixtures.date;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.payment;
import static id.berdaya.domain.kubp.ledger.LedgerFixtures.threeMonthLoan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.Rupiah;
import java.util.List;
import org.junit.jupiter.api.Test;

class OldestInstallmentFirstTest {

    private final PaymentAllocation allocation = new OldestInstallmentFirst();

    @Test
    void paysTheOldestUnpaidInstallmentFirst() {
        List<LedgerEntry> ledger = List.of(payment(1, 1_500_000, date(2027, 1, 31)));

        assertThat(allocation.allocate(threeMonthLoan(), ledger, date(2027, 2, 1)))
                .containsExactly(Rupiah.of(1_000_000), Rupiah.of(500_000), Rupiah.ZERO);
    }

    @Test
    void aPrepaymentRollsIntoLaterInstallments() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 400_000, date(2027, 1, 10)),
                payment(2, 2_100_000, date(2027, 1, 20)));

        assertThat(allocation.allocate(threeMonthLoan(), ledger, date(2027, 1, 20)))
                .containsExactly(Rupiah.of(1_000_000), Rupiah.of(1_000_000), Rupiah.of(500_000));
    }

    @Test
    void ignoresPaymentsValuedAfterTheAsOfDate() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 1_000_000, date(2027, 1, 31)),
                payment(2, 1_000_000, date(2027, 3, 1)));

        assertThat(allocation.allocate(threeMonthLoan(), ledger, date(2027, 2, 28)))
                .containsExactly(Rupiah.of(1_000_000), Rupiah.ZERO, Rupiah.ZERO);
    }

    @Test
    void ignoresReversedPayments() {
        List<LedgerEntry> ledger = List.of(
                payment(1, 1_000_000, date(2027, 1, 31)).asReversed(),
                payment(2, 300_000, date(2027, 2, 5)));

        assertThat(allocation.allocate(threeMonthLoan(), ledger, date(2027, 2, 5)))
                .containsExactly(Rupiah.of(300_000), Rupiah.ZERO, Rupiah.ZERO);
    }

    @Test
    void appliesPaymentsByValueDateThenIdWhateverOrderTheyArriveIn() {
        LedgerEntry late = payment(1, 700_000, date(2027, 2, 10));
        LedgerEntry sameDayHigherId = payment(9, 200_000, date(2027, 1, 31));
        LedgerEntry sameDayLowerId = payment(4, 500_000, date(2027, 1, 31));

        assertThat(LedgerEntry.effectiveOn(
                List.of(late, sameDayHigherId, sameDayLowerId), date(2027, 2, 10)))
                .containsExactly(sameDayLowerId, sameDayHigherId, late);
        assertThat(allocation.allocate(threeMonthLoan(),
                List.of(late, sameDayHigherId, sameDayLowerId), date(2027, 2, 10)))
                .containsExactly(Rupiah.of(1_000_000), Rupiah.of(400_000), Rupiah.ZERO);
    }

    @Test
    void refusesToHideALedgerThatPaysMoreThanTheSchedule() {
        List<LedgerEntry> ledger = List.of(payment(7, 3_000_001, date(2027, 1, 31)));

        assertThatThrownBy(() -> allocation.allocate(threeMonthLoan(), ledger, date(2027, 2, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Payment 7 of Rp 3.000.001")
                .hasMessageContaining("leaves Rp 1");
    }
}
