package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.shared.Rupiah;
import java.util.Objects;

/** One loan as portfolio-at-risk sees it on a date: its outstanding principal and days past due. */
public record LoanExposure(Rupiah outstandingPrincipal, long daysPastDue) {

    public LoanExposure {
        Objects.requireNonNull(outstandingPrincipal, "outstandingPrincipal");
        if (daysPastDue < 0) {
            throw new IllegalArgumentException(
                    "Days past due cannot be negative, was " + daysPastDue);
        }
    }

    public static LoanExposure of(LoanPosition position) {
        return new LoanExposure(position.outstandingPrincipal(), position.daysPastDue());
    }
}
