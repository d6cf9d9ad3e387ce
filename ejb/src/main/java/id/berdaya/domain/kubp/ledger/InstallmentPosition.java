package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.kubp.schedule.ScheduledInstallment;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.Objects;

/** One installment as it stands on an as-of date: what was due, what has been paid, its status. */
public record InstallmentPosition(
        ScheduledInstallment installment, Rupiah paid, InstallmentStatus status) {

    public InstallmentPosition {
        Objects.requireNonNull(installment, "installment");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(status, "status");
        if (paid.isGreaterThan(installment.amount())) {
            throw new IllegalArgumentException("Installment " + installment.number() + " of "
                    + installment.amount() + " cannot have " + paid + " paid");
        }
    }

    /** Derives the status from what was paid towards the installment by {@code asOf}. */
    public static InstallmentPosition on(
            LocalDate asOf, ScheduledInstallment installment, Rupiah paid) {
        return new InstallmentPosition(installment, paid, statusOn(asOf, installment, paid));
    }

    private static InstallmentStatus statusOn(
            LocalDate asOf, ScheduledInstallment installment, Rupiah paid) {
        if (paid.equals(installment.amount())) {
            return InstallmentStatus.PAID;
        }
        if (installment.isDueBefore(asOf)) {
            return InstallmentStatus.OVERDUE;
        }
        if (paid.isPositive()) {
            return InstallmentStatus.PARTIALLY_PAID;
        }
        return installment.dueDate().equals(asOf)
                ? InstallmentStatus.DUE_TODAY
                : InstallmentStatus.NOT_YET_DUE;
    }

    public int number() {
        return installment.number();
    }

    public LocalDate dueDate() {
        return installment.dueDate();
    }

    public Rupiah amount() {
        return installment.amount();
    }

    public Rupiah unpaid() {
        return installment.amount().minus(paid);
    }

    public boolean isFullyPaid() {
        return status == InstallmentStatus.PAID;
    }
}
