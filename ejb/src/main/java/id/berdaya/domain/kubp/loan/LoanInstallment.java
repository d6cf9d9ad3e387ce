package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.schedule.ScheduledInstallment;
import id.berdaya.domain.shared.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * One installment of a loan's schedule as stored: the schedule generated at application is kept,
 * never regenerated, so a later change of the rounding rule cannot change an existing loan.
 */
@Embeddable
public class LoanInstallment {

    @Column(nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private long amount;

    protected LoanInstallment() {
        // for JPA
    }

    LoanInstallment(ScheduledInstallment installment) {
        this.number = installment.number();
        this.dueDate = installment.dueDate();
        this.amount = installment.amount().amount();
    }

    ScheduledInstallment toScheduled() {
        return new ScheduledInstallment(number, dueDate, Rupiah.of(amount));
    }
}
