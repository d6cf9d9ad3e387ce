package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/** A supervisor's decisions on a loan: approval (by someone other than who entered it) and write-off. */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class LoanDecisionService {

    private static final Logger LOG = Logger.getLogger(LoanDecisionService.class.getName());

    @Inject
    private LoanRepository loans;

    @Resource
    private SessionContext session;

    public Loan approve(long loanId) {
        Loan loan = loans.find(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        loan.approve(caller(), Instant.now());
        LOG.info(() -> "KUBP loan " + loanId + " approved by " + caller());
        return loan;
    }

    /** @param date the write-off date; today when null */
    public Loan writeOff(long loanId, LocalDate date, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required", "Alasan hapus buku wajib diisi");
        }
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        LocalDate today = KubpCalendar.today();
        loan.writeOff(date == null ? today : date, reason, caller(), Instant.now(), today);
        LOG.info(() -> "KUBP loan " + loanId + " written off by " + caller() + ": " + reason);
        return loan;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
