package id.berdaya.domain.kubp.schedule;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One installment of a repayment schedule: its number (from 1), due date and amount. Principal
 * only, since KUBP loans carry no interest and no fees.
 */
public record ScheduledInstallment(int number, LocalDate dueDate, Rupiah amount) {

    public ScheduledInstallment {
        if (number < 1) {
            throw new IllegalArgumentException("Installments are numbered from 1, was " + number);
        }
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException(
                    "Installment " + number + " must be more than Rp 0, was " + amount);
        }
    }

    public boolean isDueBefore(LocalDate date) {
        return dueDate.isBefore(date);
    }
}
