package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Decides which installments the payments of a ledger pay off on a given date. A strategy, as
 * Fineract's repayment-schedule transaction processors are, so a programme with other terms can
 * bring its own order without changing how positions and aging are read.
 */
public interface PaymentAllocation {

    /**
     * The amount paid towards each installment on {@code asOf}, in schedule order (index 0 is
     * installment 1). Implementations count only {@link LedgerEntry#effectiveOn} entries.
     *
     * @throws IllegalStateException if the payments exceed the schedule's total, which the
     *     check before posting ({@link RepaymentLimit}) should have made impossible
     */
    List<Rupiah> allocate(
            RepaymentSchedule schedule, Collection<LedgerEntry> ledger, LocalDate asOf);
}
