package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface LoanRepository {

    Optional<Loan> find(long id);

    /**
     * The loan, locked against other writers until the transaction ends, so that concurrent
     * repayments to one loan are checked against the balance one after another.
     */
    Optional<Loan> findForUpdate(long id);

    List<Loan> findByGroup(long groupId);

    /** Loans with these statuses (all when empty), newest first, with group, schedule and ledger loaded. */
    List<Loan> findWithLedger(Collection<LoanStatus> statuses);

    /** The loan list's sort keys, each a fixed column of the loan or its group. */
    Set<String> SORT_KEYS = Set.of("id", "group", "district", "status", "principal", "disbursed");

    /** Newest first. */
    ListOrder DEFAULT_ORDER = ListOrder.descending("id");

    /**
     * What the loan list shows: loans with these statuses (all when empty) whose number is the
     * searched text, whose group's name or village holds it, or with a member of that name or NIK.
     */
    record Filter(Collection<LoanStatus> statuses, ListSearch search) {
    }

    /** One page of the list, ordered by {@code order} then by number; group, schedule and ledger loaded. */
    List<Loan> page(Filter filter, ListOrder order, int first, int max);

    long count(Filter filter);

    Optional<Repayment> findRepayment(long id);

    Optional<Repayment> findRepaymentByIdempotencyKey(String key);

    Optional<Repayment> findRepaymentByReceiptNo(String receiptNo);

    void add(Loan loan);

    /** Writes pending changes now, so new ledger rows have their ids. */
    void flush();
}
