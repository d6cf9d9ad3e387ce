package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.ScheduledInstallment;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A loan's figures on one date, derived from its schedule and ledger alone, so the same call
 * answers "now" and "on 30 June last year" alike. Payments valued after the as-of date and
 * reversed payments do not count (see {@link LedgerEntry}).
 *
 * <p>Arrears on D are the unpaid parts of installments due before D; days past due on D count
 * from the due date of the oldest installment not fully paid on D, and are 0 while that date is
 * D or later. Outstanding principal is all that is left, since there is no interest.
 */
public final class LoanPosition {

    private static final PaymentAllocation DEFAULT_ALLOCATION = new OldestInstallmentFirst();

    private final LocalDate asOf;
    private final List<InstallmentPosition> installments;
    private final Rupiah totalPaid;
    private final Rupiah outstandingPrincipal;
    private final Rupiah arrearsAmount;
    private final long daysPastDue;

    private LoanPosition(LocalDate asOf, List<InstallmentPosition> installments) {
        this.asOf = asOf;
        this.installments = List.copyOf(installments);
        this.totalPaid = sum(installments, InstallmentPosition::paid);
        this.outstandingPrincipal = sum(installments, InstallmentPosition::unpaid);
        this.arrearsAmount = sum(installments.stream()
                .filter(position -> position.installment().isDueBefore(asOf))
                .toList(), InstallmentPosition::unpaid);
        this.daysPastDue = installments.stream()
                .filter(position -> !position.isFullyPaid())
                .findFirst()
                .filter(oldestOpen -> oldestOpen.installment().isDueBefore(asOf))
                .map(oldestOpen -> ChronoUnit.DAYS.between(oldestOpen.dueDate(), asOf))
                .orElse(0L);
    }

    /** The position on {@code asOf} with the KUBP allocation, oldest installment first. */
    public static LoanPosition asOf(
            RepaymentSchedule schedule, Collection<LedgerEntry> ledger, LocalDate asOf) {
        return asOf(schedule, ledger, asOf, DEFAULT_ALLOCATION);
    }

    public static LoanPosition asOf(RepaymentSchedule schedule, Collection<LedgerEntry> ledger,
            LocalDate asOf, PaymentAllocation allocation) {
        Objects.requireNonNull(asOf, "asOf");
        List<Rupiah> paid = allocation.allocate(schedule, ledger, asOf);
        List<InstallmentPosition> positions = new ArrayList<>(schedule.size());
        for (ScheduledInstallment installment : schedule.installments()) {
            positions.add(InstallmentPosition.on(
                    asOf, installment, paid.get(installment.number() - 1)));
        }
        return new LoanPosition(asOf, positions);
    }

    public LocalDate asOfDate() {
        return asOf;
    }

    /** Every installment in schedule order, with what was paid towards it by the as-of date. */
    public List<InstallmentPosition> installments() {
        return installments;
    }

    /** The installment with this number, counted from 1. */
    public InstallmentPosition installment(int number) {
        return installments.get(number - 1);
    }

    public Rupiah totalPaid() {
        return totalPaid;
    }

    public Rupiah outstandingPrincipal() {
        return outstandingPrincipal;
    }

    public Rupiah arrearsAmount() {
        return arrearsAmount;
    }

    public long daysPastDue() {
        return daysPastDue;
    }

    public AgingBucket agingBucket(ArrearsLadder ladder) {
        return ladder.bucketOf(daysPastDue);
    }

    public boolean isFullyPaid() {
        return outstandingPrincipal.isZero();
    }

    private static Rupiah sum(List<InstallmentPosition> positions,
            Function<InstallmentPosition, Rupiah> amount) {
        return positions.stream().map(amount).reduce(Rupiah.ZERO, Rupiah::plus);
    }
}
