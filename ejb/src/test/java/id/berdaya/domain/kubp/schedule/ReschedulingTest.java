package id.berdaya.domain.kubp.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.kubp.ledger.LedgerEntry;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReschedulingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);

    /** Rp 6,000,000 over 6 installments from 31 Jan 2025. */
    private static RepaymentSchedule sixMillion() {
        return new RoundedUpEqualInstallments().generate(new ScheduleParameters(Rupiah.of(6_000_000), 6,
                LocalDate.of(2025, 1, 31), 1_000));
    }

    private static List<LedgerEntry> paid(long amount) {
        return List.of(LedgerEntry.payment(1, Rupiah.of(amount), LocalDate.of(2025, 2, 1)));
    }

    @Test
    void extendingTheTenorKeepsThePaidInstallmentsAndSpreadsTheRestWithTheSameRounding() {
        RepaymentSchedule rescheduled = Rescheduling.reschedule(sixMillion(), paid(2_500_000), 9,
                LocalDate.of(2025, 6, 15), 1_000, TODAY);

        assertThat(rescheduled.size()).isEqualTo(9);
        assertThat(rescheduled.total()).isEqualTo(Rupiah.of(6_000_000));
        assertThat(rescheduled.installment(2).dueDate()).isEqualTo(LocalDate.of(2025, 2, 28)); // kept as it was
        // 4,000,000 over 7: 572,000 rounded up six times, the last 568,000.
        assertThat(rescheduled.installment(3)).isEqualTo(new ScheduledInstallment(3, LocalDate.of(2025, 6, 15),
                Rupiah.of(572_000)));
        assertThat(rescheduled.installment(9)).isEqualTo(new ScheduledInstallment(9, LocalDate.of(2025, 12, 15),
                Rupiah.of(568_000)));
    }

    @Test
    void refusesATenorThatIsNotMoreThanTheInstallmentsAlreadyPaid() {
        assertThatThrownBy(() -> Rescheduling.reschedule(sixMillion(), paid(3_000_000), 3, LocalDate.of(2025, 6, 15),
                1_000, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not more than the 3 already paid")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("tenor");
    }

    @Test
    void refusesAFirstDueDateInThePast() {
        assertThatThrownBy(() -> Rescheduling.reschedule(sixMillion(), List.of(), 8, LocalDate.of(2025, 5, 1), 1_000,
                TODAY)).extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("firstDueDate");
    }

    @Test
    void aMoratoriumPushesTheUnpaidInstallmentsFromItsStartToTheEndOnTheirAnchorDay() {
        RepaymentSchedule relieved = Rescheduling.moratorium(sixMillion(), paid(1_500_000), LocalDate.of(2025, 3, 1),
                3, TODAY);

        assertThat(relieved.total()).isEqualTo(Rupiah.of(6_000_000));
        assertThat(relieved.installments()).extracting(ScheduledInstallment::dueDate).containsExactly(
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), // before the disaster: where they were
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 31),
                LocalDate.of(2025, 9, 30));
    }
}
