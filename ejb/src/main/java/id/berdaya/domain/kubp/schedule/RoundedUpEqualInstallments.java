package id.berdaya.domain.kubp.schedule;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The KUBP default: equal monthly installments of P / n rounded UP to the rounding multiple, so
 * members pay round amounts; the last installment takes what is left, which keeps the sum at P
 * exactly and makes the last one the smaller.
 *
 * <p>Due dates fall monthly on the first due date's day of the month, clamped to shorter months
 * but always counted from the first date (31 Jan, 28 Feb, 31 Mar), never from the clamped one,
 * which would drift to the 28th for the rest of the loan.
 */
public final class RoundedUpEqualInstallments implements ScheduleGenerator {

    @Override
    public RepaymentSchedule generate(ScheduleParameters parameters) {
        long principal = parameters.principal().amount();
        int count = parameters.installments();
        long regular = count == 1 ? principal : InstallmentRounding.regularInstallment(
                principal, count, parameters.roundingMultiple());
        // ScheduleParameters has refused any parameters that leave this at zero or below.
        long last = principal - regular * (count - 1);

        List<ScheduledInstallment> installments = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            long amount = number == count ? last : regular;
            installments.add(new ScheduledInstallment(
                    number, dueDate(parameters.firstDueDate(), number), Rupiah.of(amount)));
        }
        return new RepaymentSchedule(installments);
    }

    /** LocalDate.plusMonths clamps to the month's end; counting from the anchor keeps the day. */
    static LocalDate dueDate(LocalDate firstDueDate, int number) {
        return firstDueDate.plusMonths(number - 1L);
    }
}
