package id.berdaya.reports.kubp;

import java.time.LocalDate;

/** An installment of a statement: what was due, what of it is paid as of the statement date, its state. */
public record ScheduleLine(int number, LocalDate dueDate, long due, long paid, long unpaid, String status) {
}
