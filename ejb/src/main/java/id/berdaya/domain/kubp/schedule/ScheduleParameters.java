package id.berdaya.domain.kubp.schedule;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;

/**
 * What a KUBP schedule is built from: principal P, number of monthly installments n, the first
 * due date and the rounding multiple m. Checked on construction, so a generator never sees
 * parameters that would give a zero or negative last installment.
 *
 * <p>The programme's tenor range (6–36 months) is a rule that policy staff edit in the rules
 * module, not here; {@link #MAX_INSTALLMENTS} only stops absurd input from building huge lists.
 */
public record ScheduleParameters(
        Rupiah principal, int installments, LocalDate firstDueDate, long roundingMultiple) {

    public static final long DEFAULT_ROUNDING_MULTIPLE = 1_000;
    public static final int MAX_INSTALLMENTS = 360;

    public ScheduleParameters {
        if (principal == null) {
            throw InvalidScheduleException.required("principal", "Pokok pinjaman");
        }
        if (!principal.isPositive()) {
            throw InvalidScheduleException.principalNotPositive(principal);
        }
        if (installments < 1) {
            throw InvalidScheduleException.tooFewInstallments(installments);
        }
        if (installments > MAX_INSTALLMENTS) {
            throw InvalidScheduleException.tooManyInstallments(installments, MAX_INSTALLMENTS);
        }
        if (firstDueDate == null) {
            throw InvalidScheduleException.required("firstDueDate", "Tanggal jatuh tempo pertama");
        }
        if (roundingMultiple < 1) {
            throw InvalidScheduleException.roundingMultipleTooSmall(roundingMultiple);
        }
        refuseNonPositiveLastInstallment(principal, installments, roundingMultiple);
    }

    /** Parameters with the default rounding multiple of Rp 1,000. */
    public static ScheduleParameters of(
            Rupiah principal, int installments, LocalDate firstDueDate) {
        return new ScheduleParameters(
                principal, installments, firstDueDate, DEFAULT_ROUNDING_MULTIPLE);
    }

    private static void refuseNonPositiveLastInstallment(
            Rupiah principal, int installments, long roundingMultiple) {
        if (installments == 1) {
            return;
        }
        long regular = InstallmentRounding.regularInstallment(
                principal.amount(), installments, roundingMultiple);
        if (!InstallmentRounding.leavesPositiveLastInstallment(
                principal.amount(), installments, regular)) {
            throw InvalidScheduleException.lastInstallmentNotPositive(
                    principal, installments, Rupiah.of(regular));
        }
    }
}
