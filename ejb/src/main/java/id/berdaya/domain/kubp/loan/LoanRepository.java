package id.berdaya.domain.kubp.loan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    Optional<Repayment> findRepayment(long id);

    Optional<Repayment> findRepaymentByIdempotencyKey(String key);

    Optional<Repayment> findRepaymentByReceiptNo(String receiptNo);

    void add(Loan loan);

    /** Writes pending changes now, so new ledger rows have their ids. */
    void flush();
}
