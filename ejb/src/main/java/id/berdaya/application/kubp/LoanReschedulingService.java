package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Rescheduling one loan: loan officers or finance staff propose a new tenor or first due date with
 * a reason; a supervisor other than the proposer puts it into effect (or rejects it).
 */
@Stateless
public class LoanReschedulingService {

    private static final Logger LOG = Logger.getLogger(LoanReschedulingService.class.getName());

    @Inject
    private LoanRepository loans;

    @Resource
    private SessionContext session;

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF})
    public ScheduleRevision propose(long loanId, int tenor, LocalDate firstDueDate, String reason) {
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        ScheduleRevision revision = loan.proposeReschedule(tenor, firstDueDate, reason, caller(), Instant.now(),
                KubpCalendar.today());
        loans.flush();
        LOG.info(() -> "KUBP loan " + loanId + ": rescheduling to " + tenor + " installments proposed by " + caller());
        return revision;
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Loan approve(long loanId, long revisionId) {
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        loan.approveRevision(revision(loan, revisionId), caller(), Instant.now(), KubpCalendar.today());
        LOG.info(() -> "KUBP loan " + loanId + ": rescheduling " + revisionId + " approved by " + caller());
        return loan;
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Loan reject(long loanId, long revisionId) {
        Loan loan = loans.findForUpdate(loanId).orElseThrow(() -> new NotFoundException("Loan", loanId));
        loan.rejectRevision(revision(loan, revisionId), caller(), Instant.now());
        return loan;
    }

    private static ScheduleRevision revision(Loan loan, long revisionId) {
        return loan.getRevisions().stream().filter(r -> r.getId() == revisionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Rescheduling", revisionId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
