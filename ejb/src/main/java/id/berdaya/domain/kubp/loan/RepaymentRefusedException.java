package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.ledger.RepaymentExceedsOutstandingException;
import id.berdaya.domain.shared.StateConflictException;

/**
 * A repayment larger than what is still owed, as the loan refuses it: a conflict with the loan's
 * balance as it stands (409), carried through the EJB container unwrapped like every domain
 * refusal, which the arithmetic's own IllegalArgumentException would not be.
 */
public class RepaymentRefusedException extends StateConflictException {

    private static final long serialVersionUID = 1L;

    public RepaymentRefusedException(RepaymentExceedsOutstandingException cause) {
        super(cause.getMessage(), cause.indonesianMessage());
        initCause(cause);
    }

    /** The request field at fault. */
    public String getField() {
        return "amount";
    }
}
