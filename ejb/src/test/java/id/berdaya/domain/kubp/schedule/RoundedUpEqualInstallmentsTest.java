package id.berdaya.domain.kubp.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundedUpEqualInstallmentsTest {

    private final ScheduleGenerator generator = new RoundedUpEqualInstallments();

    @Test
    void regularInstallmentsArePrincipalOverCountRoundedUpToTheThousand() {
        RepaymentSchedule schedule = generate(10_000_000, 12, LocalDate.of(2027, 1, 31), 1_000);

        assertThat(amounts(schedule).subList(0, 11)).containsOnly(834_000L);
    }

    @Test
    void lastInstallmentTakesTheRoundingRemainder() {
        RepaymentSchedule schedule = generate(10_000_000, 12, LocalDate.of(2027, 1, 31), 1_000);

        assertThat(schedule.installment(12).amount()).isEqualTo(Rupiah.of(826_000));
        assertThat(schedule.total()).isEqualTo(Rupiah.of(10_000_000));
    }

    @Test
    void goldenTwelveMonthScheduleFromTheThirtyFirstOfJanuary() {
        RepaymentSchedule schedule = generate(10_000_000, 12, LocalDate.of(2027, 1, 31), 1_000);

        assertThat(schedule.installments())
                .extracting(ScheduledInstallment::number, ScheduledInstallment::dueDate,
                        installment -> installment.amount().amount())
                .containsExactly(
                        tuple(1, LocalDate.of(2027, 1, 31), 834_000L),
                        tuple(2, LocalDate.of(2027, 2, 28), 834_000L),
                        tuple(3, LocalDate.of(2027, 3, 31), 834_000L),
                        tuple(4, LocalDate.of(2027, 4, 30), 834_000L),
                        tuple(5, LocalDate.of(2027, 5, 31), 834_000L),
                        tuple(6, LocalDate.of(2027, 6, 30), 834_000L),
                        tuple(7, LocalDate.of(2027, 7, 31), 834_000L),
                        tuple(8, LocalDate.of(2027, 8, 31), 834_000L),
                        tuple(9, LocalDate.of(2027, 9, 30), 834_000L),
                        tuple(10, LocalDate.of(2027, 10, 31), 834_000L),
                        tuple(11, LocalDate.of(2027, 11, 30), 834_000L),
                        tuple(12, LocalDate.of(2027, 12, 31), 826_000L));
    }

    @Test
    void dueDatesClampToTheTwentyNinthOfFebruaryInALeapYearAndReturnToTheAnchor() {
        RepaymentSchedule schedule = generate(3_000_000, 3, LocalDate.of(2028, 1, 31), 1_000);

        assertThat(dueDates(schedule)).containsExactly(
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    }

    @Test
    void aLoanFirstDueOnTheTwentyNinthOfFebruaryKeepsThe29thAndClampsInTheNextFebruary() {
        RepaymentSchedule schedule = generate(13_000_000, 13, LocalDate.of(2028, 2, 29), 1_000);

        assertThat(schedule.installment(2).dueDate()).isEqualTo(LocalDate.of(2028, 3, 29));
        assertThat(schedule.installment(12).dueDate()).isEqualTo(LocalDate.of(2029, 1, 29));
        assertThat(schedule.installment(13).dueDate()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aDayThatEveryMonthHasNeverMoves() {
        RepaymentSchedule schedule = generate(6_000_000, 6, LocalDate.of(2027, 11, 15), 1_000);

        assertThat(dueDates(schedule)).containsExactly(
                LocalDate.of(2027, 11, 15), LocalDate.of(2027, 12, 15), LocalDate.of(2028, 1, 15),
                LocalDate.of(2028, 2, 15), LocalDate.of(2028, 3, 15), LocalDate.of(2028, 4, 15));
    }

    @Test
    void aSingleInstallmentIsTheWholePrincipal() {
        RepaymentSchedule schedule = generate(10_000_001, 1, LocalDate.of(2027, 1, 31), 1_000);

        assertThat(schedule.installments()).singleElement().satisfies(only -> {
            assertThat(only.number()).isEqualTo(1);
            assertThat(only.dueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(only.amount()).isEqualTo(Rupiah.of(10_000_001));
        });
    }

    @Test
    void aMultipleOfOneRupiahRoundsUpToTheNextRupiah() {
        RepaymentSchedule schedule = generate(10_000_000, 12, LocalDate.of(2027, 1, 31), 1);

        // 10,000,000 / 12 = 833,333.33…: eleven of 833,334 and 833,326 for the last.
        assertThat(amounts(schedule)).containsExactlyElementsOf(
                concat(Collections.nCopies(11, 833_334L), List.of(833_326L)));
    }

    @Test
    void anEvenSplitLeavesTheLastInstallmentEqualToTheOthers() {
        RepaymentSchedule schedule = generate(12_000_000, 12, LocalDate.of(2027, 1, 31), 1_000);

        assertThat(amounts(schedule)).containsOnly(1_000_000L).hasSize(12);
    }

    @Test
    void aMultipleLargerThanTheShareMakesEachRegularInstallmentOneMultiple() {
        // 1,000,000 / 2 = 500,000 is below the multiple, so the regular installment is 600,000.
        RepaymentSchedule schedule = generate(1_000_000, 2, LocalDate.of(2027, 1, 31), 600_000);

        assertThat(amounts(schedule)).containsExactly(600_000L, 400_000L);
    }

    @Test
    void aMultipleBetweenOneAndTwoSharesRoundsUpToTwoMultiples() {
        // 2,500,000 / 3 = 833,333.33 rounds up to 1,000,000 with a multiple of 500,000.
        RepaymentSchedule schedule = generate(2_500_000, 3, LocalDate.of(2027, 1, 31), 500_000);

        assertThat(amounts(schedule)).containsExactly(1_000_000L, 1_000_000L, 500_000L);
    }

    @ParameterizedTest
    @CsvSource({
        "10000000, 12, 1000",
        "87000000, 36, 1000",
        "5000000, 6, 1000",
        "7777777, 7, 1",
        "100000000, 36, 50000",
        "1000001, 10, 1000"
    })
    void installmentsAlwaysAddUpToThePrincipalExactly(long principal, int count, long multiple) {
        RepaymentSchedule schedule =
                generate(principal, count, LocalDate.of(2027, 3, 31), multiple);

        assertThat(schedule.total()).isEqualTo(Rupiah.of(principal));
        assertThat(schedule.size()).isEqualTo(count);
        assertThat(schedule.installment(count).amount())
                .isLessThanOrEqualTo(schedule.installment(1).amount());
    }

    private RepaymentSchedule generate(
            long principal, int count, LocalDate firstDue, long multiple) {
        return generator.generate(
                new ScheduleParameters(Rupiah.of(principal), count, firstDue, multiple));
    }

    private static List<Long> amounts(RepaymentSchedule schedule) {
        return schedule.installments().stream()
                .map(installment -> installment.amount().amount())
                .toList();
    }

    private static List<LocalDate> dueDates(RepaymentSchedule schedule) {
        return schedule.installments().stream().map(ScheduledInstallment::dueDate).toList();
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
