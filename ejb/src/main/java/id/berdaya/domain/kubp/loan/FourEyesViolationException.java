package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.DomainException;

/**
 * The person who entered a loan tried to approve it. Approval is a second person's check, so the
 * refusal is about who asks (HTTP 403), not about the loan's state.
 */
public class FourEyesViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public FourEyesViolationException(Long loanId, String username) {
        super("Loan " + loanId + " was entered by " + username
                        + "; it must be approved by another supervisor",
                "Pinjaman " + loanId + " dicatat oleh " + username
                        + "; persetujuan harus oleh penyelia lain");
    }
}
