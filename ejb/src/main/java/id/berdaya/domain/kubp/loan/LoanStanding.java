package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.ledger.AgingBucket;
import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.kubp.ledger.LoanExposure;
import id.berdaya.domain.kubp.ledger.LoanPosition;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;

/**
 * A loan on one date, as the ledger now tells it: the status it had then and its figures. A loan
 * counts in the portfolio ("on the books") from its disbursement date until it is paid off or
 * written off; before its disbursement nothing is owed, so its figures are zero. A written-off
 * loan keeps showing what was left unpaid, but is no longer on the books.
 */
public final class LoanStanding {

    private final LocalDate asOf;
    private final LoanPosition position;
    private final LoanStatus status;
    private final boolean disbursedByThen;

    LoanStanding(Loan loan, LocalDate asOf) {
        this.asOf = asOf;
        // A written-off loan's figures stop on its write-off date: nobody is chasing it any more,
        // so its days past due should not keep growing in reports.
        LocalDate writtenOffOn = loan.getEvents().getWrittenOffOn();
        LocalDate figuresOn = writtenOffOn != null && asOf.isAfter(writtenOffOn) ? writtenOffOn : asOf;
        // The schedule in force on that date: a later rescheduling leaves earlier dates' figures alone.
        this.position = LoanPosition.asOf(loan.scheduleOn(figuresOn), loan.ledger(), figuresOn);
        LocalDate disbursedOn = loan.getEvents().getDisbursedOn();
        this.disbursedByThen = disbursedOn != null && !asOf.isBefore(disbursedOn);
        this.status = statusOn(loan, asOf);
    }

    private LoanStatus statusOn(Loan loan, LocalDate date) {
        if (!disbursedByThen) {
            return loan.getStatus().isDisbursed() ? LoanStatus.APPROVED : loan.getStatus();
        }
        LocalDate writtenOffOn = loan.getEvents().getWrittenOffOn();
        if (writtenOffOn != null && !date.isBefore(writtenOffOn)) {
            return LoanStatus.WRITTEN_OFF;
        }
        if (position.isFullyPaid()) {
            return LoanStatus.PAID_OFF;
        }
        return position.totalPaid().isPositive() ? LoanStatus.ACTIVE : LoanStatus.DISBURSED;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public LoanStatus status() {
        return status;
    }

    /** Disbursed by the date, and neither paid off nor written off by then. */
    public boolean isOnBooks() {
        return status == LoanStatus.DISBURSED || status == LoanStatus.ACTIVE;
    }

    /** The installments with what was paid towards each by the date (zero before disbursement). */
    public LoanPosition position() {
        return position;
    }

    public Rupiah outstandingPrincipal() {
        return disbursedByThen ? position.outstandingPrincipal() : Rupiah.ZERO;
    }

    public Rupiah arrearsAmount() {
        return disbursedByThen ? position.arrearsAmount() : Rupiah.ZERO;
    }

    public long daysPastDue() {
        return disbursedByThen ? position.daysPastDue() : 0;
    }

    /** The aging bucket on the ladder of the terms in force. */
    public AgingBucket agingBucket(ArrearsLadder ladder) {
        return ladder.bucketOf(daysPastDue());
    }

    public LoanExposure exposure() {
        return new LoanExposure(outstandingPrincipal(), daysPastDue());
    }
}
