package id.berdaya.reports.kubp;

import java.time.LocalDate;

/** One installment of the repayment schedule. */
public record Installment(int number, LocalDate dueDate, long amount) {
}
