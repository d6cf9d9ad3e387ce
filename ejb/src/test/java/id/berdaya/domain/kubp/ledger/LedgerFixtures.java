package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.RoundedUpEqualInstallments;
import id.berdaya.domain.kubp.schedule.ScheduleParameters;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;

/** Schedules and payments the ledger tests build on; each test still arranges its own ledger. */
final class LedgerFixtures {

    private LedgerFixtures() {
    }

    /** Rp 3,000,000 in three installments of Rp 1,000,000: due 2027-01-31, 02-28, 03-31. */
    static RepaymentSchedule threeMonthLoan() {
        return new RoundedUpEqualInstallments().generate(
                ScheduleParameters.of(Rupiah.of(3_000_000), 3, LocalDate.of(2027, 1, 31)));
    }

    /** The golden schedule: 11 x Rp 834,000 and Rp 826,000, due the last day of each 2027 month. */
    static RepaymentSchedule goldenTwelveMonthLoan() {
        return new RoundedUpEqualInstallments().generate(
                ScheduleParameters.of(Rupiah.of(10_000_000), 12, LocalDate.of(2027, 1, 31)));
    }

    static LedgerEntry payment(long id, long amount, LocalDate valueDate) {
        return LedgerEntry.payment(id, Rupiah.of(amount), valueDate);
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
