package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.PaymentChannel;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.kubp.loan.RepaymentDetails;
import id.berdaya.domain.kubp.loan.Reversal;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Money moving, for finance staff: disbursement, repayments and reversals. Every write locks its
 * loan first, so concurrent posts are checked against the balance one after another and an
 * Idempotency-Key seen once is seen by every retry.
 */
@Stateless
@RolesAllowed(Role.Names.FINANCE_STAFF)
public class LoanCashService {

    private static final Logger LOG = Logger.getLogger(LoanCashService.class.getName());

    @Inject
    private LoanRepository loans;

    @Resource
    private SessionContext session;

    /** A posted repayment, and whether it was posted before under the same Idempotency-Key. */
    public record PostedRepayment(Repayment repayment, boolean replayed) {
    }

    public Loan disburse(long loanId, LocalDate date, PaymentChannel channel) {
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        loan.disburse(date, channel, caller(), Instant.now(), KubpCalendar.today());
        LOG.info(() -> "KUBP loan " + loanId + " disbursed on " + date + " by " + caller());
        return loan;
    }

    public PostedRepayment postRepayment(long loanId, RepaymentDetails details) {
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        if (details.idempotencyKey() != null) {
            Optional<Repayment> earlier = loans.findRepaymentByIdempotencyKey(details.idempotencyKey());
            if (earlier.isPresent()) {
                if (!earlier.get().sameAs(loanId, details)) {
                    throw new StateConflictException("Idempotency-Key " + details.idempotencyKey()
                            + " was used for a different repayment (" + earlier.get().getId() + ")",
                            "Idempotency-Key sudah dipakai untuk pembayaran lain");
                }
                return new PostedRepayment(earlier.get(), true);
            }
        }
        loans.findRepaymentByReceiptNo(details.receiptNo().strip()).ifPresent(other -> {
            throw new StateConflictException("Receipt number " + other.getReceiptNo() + " is already used by "
                    + "repayment " + other.getId(), "Nomor kuitansi " + other.getReceiptNo()
                    + " sudah dipakai pembayaran " + other.getId());
        });
        Repayment repayment = loan.postRepayment(details, caller(), Instant.now(), KubpCalendar.today());
        loans.flush();
        LOG.info(() -> "KUBP repayment " + repayment.getId() + " of " + repayment.getAmount() + " to loan "
                + loanId + " posted by " + caller());
        return new PostedRepayment(repayment, false);
    }

    public Reversal reverse(long repaymentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required", "Alasan pembatalan wajib diisi");
        }
        Repayment repayment = loans.findRepayment(repaymentId)
                .orElseThrow(() -> new NotFoundException("Repayment", repaymentId));
        Loan loan = loans.findForUpdate(repayment.getLoan().getId()).orElseThrow();
        Reversal reversal = loan.reverse(repayment, reason, caller(), Instant.now());
        loans.flush();
        LOG.info(() -> "KUBP repayment " + repaymentId + " reversed by " + caller() + ": " + reason);
        return reversal;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
