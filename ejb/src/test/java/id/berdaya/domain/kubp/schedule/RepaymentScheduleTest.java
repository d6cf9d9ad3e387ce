package id.berdaya.domain.kubp.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

    @Test
    void refusesInstallmentsNumberedWithAGap() {
        List<ScheduledInstallment> gap = List.of(
                new ScheduledInstallment(1, LocalDate.of(2027, 1, 31), Rupiah.of(500_000)),
                new ScheduledInstallment(3, LocalDate.of(2027, 2, 28), Rupiah.of(500_000)));

        assertThatThrownBy(() -> new RepaymentSchedule(gap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Installment at position 2 is numbered 3");
    }

    @Test
    void refusesDueDatesThatDoNotRise() {
        List<ScheduledInstallment> sameDay = List.of(
                new ScheduledInstallment(1, LocalDate.of(2027, 1, 31), Rupiah.of(500_000)),
                new ScheduledInstallment(2, LocalDate.of(2027, 1, 31), Rupiah.of(500_000)));

        assertThatThrownBy(() -> new RepaymentSchedule(sameDay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not after the installment before it");
    }

    @Test
    void refusesAnEmptySchedule() {
        assertThatThrownBy(() -> new RepaymentSchedule(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAZeroInstallment() {
        assertThatThrownBy(
                () -> new ScheduledInstallment(1, LocalDate.of(2027, 1, 31), Rupiah.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Installment 1 must be more than Rp 0, was Rp 0");
    }

    @Test
    void aScheduleRebuiltFromStorageGivesItsTotalAndDates() {
        RepaymentSchedule schedule = new RepaymentSchedule(List.of(
                new ScheduledInstallment(1, LocalDate.of(2027, 1, 31), Rupiah.of(600_000)),
                new ScheduledInstallment(2, LocalDate.of(2027, 2, 28), Rupiah.of(400_000))));

        assertThat(schedule.total()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(schedule.firstDueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(schedule.lastDueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
