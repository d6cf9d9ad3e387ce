package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A group's loan application as a loan officer enters it. Amount and tenor are judged by the
 * rules (a refusal with reasons); only what makes no sense at all is refused here as bad input.
 */
public record LoanApplication(long groupId, long principal, int installments,
        LocalDate disbursementDate, LocalDate firstDueDate, String purpose) {

    public void validate() {
        if (disbursementDate == null) {
            throw new InvalidInputException("disbursementDate", "disbursementDate is required",
                    "Tanggal pencairan wajib diisi");
        }
        if (firstDueDate == null) {
            throw new InvalidInputException("firstDueDate", "firstDueDate is required",
                    "Tanggal jatuh tempo pertama wajib diisi");
        }
        if (!firstDueDate.isAfter(disbursementDate)) {
            throw new InvalidInputException("firstDueDate", "firstDueDate " + firstDueDate
                    + " must be after the disbursement date " + disbursementDate,
                    "Jatuh tempo pertama " + firstDueDate + " harus sesudah tanggal pencairan " + disbursementDate);
        }
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("purpose", "purpose is required", "Tujuan pinjaman wajib diisi");
        }
    }

    /**
     * Months of grace before the first installment: whole months from disbursement to the first
     * due date, less the one month a regular installment needs. A first installment due within a
     * month is no grace, not a negative one.
     */
    public int graceMonths() {
        long months = ChronoUnit.MONTHS.between(disbursementDate, firstDueDate);
        return (int) Math.max(0, months - 1);
    }

    /**
     * The date the rules judge the group on (members' ages): the day it is entered, or for a loan
     * from the existing portfolio entered afterwards, its disbursement date.
     */
    public LocalDate applicationDate(LocalDate today) {
        return disbursementDate.isBefore(today) ? disbursementDate : today;
    }
}
