package id.berdaya.infrastructure.persistence.kubp;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.kubp.loan.Repayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLoanRepository implements LoanRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<Loan> find(long id) {
        return Optional.ofNullable(em.find(Loan.class, id));
    }

    @Override
    public Optional<Loan> findForUpdate(long id) {
        // SELECT ... FOR UPDATE on both H2 and PostgreSQL: the second poster waits for the first
        // to commit and then sees its repayment when it checks the balance.
        return Optional.ofNullable(em.find(Loan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Loan> findByGroup(long groupId) {
        return em.createQuery("select l from Loan l where l.group.id = :group order by l.id", Loan.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    @Override
    public List<Loan> findWithLedger(Collection<LoanStatus> statuses) {
        Collection<LoanStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(LoanStatus.class) : statuses;
        // One query per collection: fetching two bags at once would multiply the rows.
        List<Loan> loans = em.createQuery("select distinct l from Loan l join fetch l.group"
                        + " left join fetch l.installments where l.status in :statuses order by l.id desc", Loan.class)
                .setParameter("statuses", wanted)
                .getResultList();
        if (!loans.isEmpty()) {
            em.createQuery("select distinct l from Loan l left join fetch l.repayments where l in :loans", Loan.class)
                    .setParameter("loans", loans).getResultList();
            em.createQuery("select distinct l from Loan l left join fetch l.reversals"
                    + " where l in :loans", Loan.class).setParameter("loans", loans).getResultList();
            // Revisions and the schedules they replaced: figures for dates before a revision need them.
            em.createQuery("select distinct l from Loan l left join fetch l.revisions where l in :loans", Loan.class)
                    .setParameter("loans", loans).getResultList();
            em.createQuery("select distinct r from ScheduleRevision r left join fetch r.replaced"
                    + " where r.loan in :loans", ScheduleRevision.class).setParameter("loans", loans).getResultList();
        }
        return loans;
    }

    @Override
    public Optional<Repayment> findRepayment(long id) {
        return Optional.ofNullable(em.find(Repayment.class, id));
    }

    @Override
    public Optional<Repayment> findRepaymentByIdempotencyKey(String key) {
        return em.createQuery("select r from Repayment r join fetch r.loan where r.idempotencyKey = :key",
                        Repayment.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public Optional<Repayment> findRepaymentByReceiptNo(String receiptNo) {
        return em.createQuery("select r from Repayment r where r.receiptNo = :no", Repayment.class)
                .setParameter("no", receiptNo).getResultStream().findFirst();
    }

    @Override
    public void add(Loan loan) {
        em.persist(loan);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
