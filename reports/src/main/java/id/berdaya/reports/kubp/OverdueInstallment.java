package id.berdaya.reports.kubp;

import java.time.LocalDate;

/** An installment past its due date and not fully paid, as the warning letter lists it. */
public record OverdueInstallment(int number, LocalDate dueDate, long amount, long unpaid, int daysPastDue) {
}
