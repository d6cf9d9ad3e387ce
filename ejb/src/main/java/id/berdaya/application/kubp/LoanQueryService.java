package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListPage;
import id.berdaya.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/**
 * Reading loans, for every member of staff. Loans leave here with their group, schedule and
 * ledger loaded, so the caller can compute their standing for any date outside the transaction.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
        Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class LoanQueryService {


    @Inject
    private LoanRepository loans;

    @Inject
    private id.berdaya.domain.rules.LoanTermRules loanTerms;

    /** The arrears ladder of the KUBP terms in force, which grades every loan's aging bucket. */
    public id.berdaya.domain.kubp.ledger.ArrearsLadder ladder() {
        return loanTerms.arrearsLadder();
    }

    public Loan find(long id) {
        Loan loan = loans.find(id).orElseThrow(() -> new NotFoundException("Loan", id));
        initialise(loan);
        return loan;
    }

    public Loan findByRepayment(long repaymentId) {
        return find(loans.findRepayment(repaymentId)
                .orElseThrow(() -> new NotFoundException("Repayment", repaymentId)).getLoan().getId());
    }

    /** Loans with the given statuses (all when empty), newest first. */
    public List<Loan> list(Collection<LoanStatus> statuses) {
        return loans.findWithLedger(statuses);
    }

    /**
     * One page of the loan list, counted and cut in the database, in the order asked for (a key of
     * {@link LoanRepository#SORT_KEYS}, else a 400 on {@code sort}); a page beyond the end is empty.
     */
    public ListPage<Loan> page(LoanRepository.Filter filter, ListOrder order, int page, int size) {
        ListPaging.check(page, size);
        ListOrder checked = ListPaging.checked(order, LoanRepository.SORT_KEYS, LoanRepository.DEFAULT_ORDER);
        long total = loans.count(filter);
        long first = (long) page * size;
        List<Loan> items = first >= total ? List.of() : loans.page(filter, checked, (int) first, size);
        return new ListPage<>(items, total, page, size);
    }

    /** How many loans the list finds, over all its pages. */
    public long count(LoanRepository.Filter filter) {
        return loans.count(filter);
    }

    /** The whole loan list in the order asked for (the REST list without page or size, as it always answered). */
    public List<Loan> all(LoanRepository.Filter filter, ListOrder order) {
        return loans.page(filter, ListPaging.checked(order, LoanRepository.SORT_KEYS, LoanRepository.DEFAULT_ORDER), 0, Integer.MAX_VALUE);
    }

    public List<Loan> ofGroup(long groupId) {
        List<Loan> found = loans.findByGroup(groupId);
        found.forEach(LoanQueryService::initialise);
        return found;
    }

    private static void initialise(Loan loan) {
        loan.getGroup().getName();
        loan.schedule();
        loan.getRepayments().size();
        loan.getReversals().forEach(r -> r.getRepayment().getId());
        loan.getRevisions().stream().filter(r -> r.inEffect()).forEach(r -> r.replacedSchedule());
        loan.getRevisions().forEach(r -> r.proposedSchedule());
    }
}
