package id.berdaya.domain.kubp.schedule;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dated installments of one loan, in order. Checked on construction (numbered 1..n without
 * gaps, due dates strictly rising) because allocation and aging rely on "oldest first" meaning
 * "first in the list", also when a schedule is rebuilt from storage rather than generated.
 */
public record RepaymentSchedule(List<ScheduledInstallment> installments) {

    public RepaymentSchedule {
        Objects.requireNonNull(installments, "installments");
        installments = List.copyOf(installments);
        if (installments.isEmpty()) {
            throw new IllegalArgumentException(
                    "A repayment schedule needs at least one installment");
        }
        for (int i = 0; i < installments.size(); i++) {
            ScheduledInstallment installment = installments.get(i);
            if (installment.number() != i + 1) {
                throw new IllegalArgumentException("Installment at position " + (i + 1)
                        + " is numbered " + installment.number());
            }
            if (i > 0 && !installment.dueDate().isAfter(installments.get(i - 1).dueDate())) {
                throw new IllegalArgumentException("Installment " + installment.number()
                        + " is due on " + installment.dueDate()
                        + ", not after the installment before it");
            }
        }
    }

    public int size() {
        return installments.size();
    }

    /** The installment with this number, counted from 1. */
    public ScheduledInstallment installment(int number) {
        if (number < 1 || number > installments.size()) {
            throw new IllegalArgumentException("No installment " + number + " in a schedule of "
                    + installments.size());
        }
        return installments.get(number - 1);
    }

    /** The sum of all installments: the principal, since there is no interest. */
    public Rupiah total() {
        return installments.stream()
                .map(ScheduledInstallment::amount)
                .reduce(Rupiah.ZERO, Rupiah::plus);
    }

    public LocalDate firstDueDate() {
        return installments.get(0).dueDate();
    }

    public LocalDate lastDueDate() {
        return installments.get(installments.size() - 1).dueDate();
    }
}
