package id.berdaya.infrastructure.persistence.kubp;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaLoanRepository implements LoanRepository {

    /** Each sort key's column; only these ever reach the query text. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "id", "l.id",
            "group", "lower(g.name)",
            "district", "g.districtCode",
            "status", "l.status",
            "principal", "l.principal",
            "disbursed", "l.events.disbursedOn");

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
        fetchLedger(loans, false);
        return loans;
    }

    @Override
    public List<Loan> page(Filter filter, ListOrder order, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        // Cut in the database (no fetched collection in this query); group and collections follow for that page only.
        TypedQuery<Loan> query = em.createQuery("select l from Loan l join l.group g" + where(filter, parameters)
                + orderBy(order), Loan.class);
        parameters.forEach(query::setParameter);
        List<Loan> loans = query.setFirstResult(first).setMaxResults(max).getResultList();
        fetchLedger(loans, true);
        return loans;
    }

    @Override
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(l) from Loan l join l.group g" + where(filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where l.status in :statuses");
        parameters.put("statuses", filter.statuses().isEmpty() ? EnumSet.allOf(LoanStatus.class) : filter.statuses());
        ListSearch search = filter.search();
        if (search != null && search.isNik()) {
            where.append(" and exists (select m from GroupMember m where m member of g.members and m.nik = :nik)");
            parameters.put("nik", search.nik());
        } else if (search != null) {
            String escape = " escape '" + ListSearch.ESCAPE + "'";
            where.append(" and (lower(g.name) like :p").append(escape).append(" or lower(g.village) like :p").append(escape)
                    .append(" or exists (select m from GroupMember m where m member of g.members and lower(m.fullName) like :p")
                    .append(escape).append(")");
            parameters.put("p", search.namePattern());
            if (search.name().matches("\\d{1,18}")) {
                // A loan's number finds that loan.
                where.append(" or l.id = :number");
                parameters.put("number", Long.parseLong(search.name()));
            }
            where.append(")");
        }
        return where.toString();
    }

    /** The order asked for, then by number so that pages never overlap; nulls last either way. */
    private static String orderBy(ListOrder order) {
        String column = SORT_COLUMNS.get(order.key());
        if (column == null) {
            throw new IllegalArgumentException("Not a sort key of the loan list: " + order.key());
        }
        String direction = order.descending() ? " desc" : " asc";
        if (column.equals("l.id")) {
            return " order by l.id" + direction;
        }
        return " order by " + column + direction + " nulls last, l.id desc";
    }

    /** Loads the schedules, ledgers and revisions of these loans, one query per collection. */
    private void fetchLedger(List<Loan> loans, boolean withInstallments) {
        if (loans.isEmpty()) {
            return;
        }
        if (withInstallments) {
            em.createQuery("select distinct l from Loan l join fetch l.group where l in :loans", Loan.class)
                    .setParameter("loans", loans).getResultList();
            em.createQuery("select distinct l from Loan l left join fetch l.installments where l in :loans", Loan.class)
                    .setParameter("loans", loans).getResultList();
        }
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
