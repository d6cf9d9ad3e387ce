package id.berdaya.interfaces.kubp.rest;

import id.berdaya.interfaces.rest.ProgrammeDate;
import id.berdaya.domain.kubp.loan.LoanApplication;
import id.berdaya.domain.kubp.loan.PaymentChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The JSON a client sends about loans. Amounts and tenors are only required here, not bounded:
 * the KUBP rules judge them and refuse with their own reasons (422).
 */
public final class LoanRequests {

    private LoanRequests() {
    }

    public record SchedulePreviewRequest(@NotNull Long principal, @NotNull Integer installments,
            @NotNull @ProgrammeDate(daysAhead = 732) LocalDate firstDueDate, Long roundingMultiple) {
    }

    public record LoanRequest(@NotNull Long groupId, @NotNull Long principal, @NotNull Integer installments,
            @NotNull @ProgrammeDate(daysAhead = 366) LocalDate disbursementDate,
            @NotNull @ProgrammeDate(daysAhead = 732) LocalDate firstDueDate,
            @NotBlank @Size(max = 500) String purpose) {

        LoanApplication toApplication() {
            return new LoanApplication(groupId, principal, installments, disbursementDate, firstDueDate, purpose);
        }
    }

    public record DisbursementRequest(@NotNull @ProgrammeDate LocalDate date, @NotNull PaymentChannel channel) {
    }

    public record RepaymentRequest(@NotNull Long amount, @NotNull @ProgrammeDate LocalDate valueDate, @NotNull PaymentChannel channel,
            @NotBlank @Size(max = 40) String receiptNo) {
    }

    public record ReversalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** @param date the write-off date; today when absent */
    public record WriteOffRequest(@ProgrammeDate LocalDate date, @NotBlank @Size(max = 500) String reason) {
    }
}
