package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.DocumentScan;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaWrseApplicationRepository implements WrseApplicationRepository {

    private static final List<ApplicationStatus> NOT_CANDIDATES = List.of(ApplicationStatus.DRAFT,
            ApplicationStatus.REJECTED);

    /** Each sort key's column; only these ever reach the query text. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "id", "a.id",
            "name", "lower(a.applicant.fullName)",
            "regency", "a.applicant.regencyCode",
            "district", "a.applicant.districtCode",
            "date", "a.applicationDate",
            "status", "a.status",
            "decision", "a.currentDecision",
            "score", "a.priorityScore",
            "year", "a.programmeYear");

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<WrseApplication> find(long id) {
        return Optional.ofNullable(em.find(WrseApplication.class, id));
    }

    @Override
    public Optional<WrseApplication> findComplete(long id) {
        Optional<WrseApplication> found = find(id);
        found.ifPresent(a -> {
            // Touch the lazy collections inside the transaction: the caller shows them after it.
            a.getRegistries().size();
            a.getCurrentAid().size();
            a.getCircumstances().size();
            a.getAidItems().size();
            a.getHistory().size();
            a.getDocuments().size();
            for (ScreeningDecision d : a.getDecisions()) {
                d.getCriteria().size();
                d.getScoreLines().size();
            }
        });
        return found;
    }

    @Override
    public Optional<WrseApplication> findByIdempotencyKey(String key) {
        return em.createQuery("select a from WrseApplication a where a.idempotencyKey = :key", WrseApplication.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public Optional<WrseApplication> findOpen(String nik, int programmeYear) {
        return em.createQuery("select a from WrseApplication a where a.openKey = :key", WrseApplication.class)
                .setParameter("key", WrseApplication.openKeyFor(nik, programmeYear))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Integer> earliestAidYear(String nik) {
        return Optional.ofNullable(em.createQuery("select min(a.programmeYear) from WrseApplication a"
                        + " where a.applicant.nik = :nik and a.status = :delivered", Integer.class)
                .setParameter("nik", nik)
                .setParameter("delivered", ApplicationStatus.AID_DELIVERED)
                .getSingleResult());
    }

    @Override
    public List<WrseApplication> findByNik(String nik) {
        return em.createQuery("select a from WrseApplication a where a.applicant.nik = :nik"
                        + " order by a.programmeYear desc, a.id desc", WrseApplication.class)
                .setParameter("nik", nik).getResultList();
    }

    @Override
    public List<WrseApplication> list(Filter filter, ListOrder order, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<WrseApplication> query = em.createQuery(
                "select a from WrseApplication a" + where + orderBy(order), WrseApplication.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from WrseApplication a" + where(filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.regencyCode() != null) {
            where.append(" and a.applicant.regencyCode = :regency");
            parameters.put("regency", filter.regencyCode());
        }
        if (filter.districtCode() != null) {
            where.append(" and a.applicant.districtCode = :district");
            parameters.put("district", filter.districtCode());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" and a.programmeYear = :year");
            parameters.put("year", filter.year());
        }
        ListSearch search = filter.search();
        if (search != null && search.isNik()) {
            where.append(" and a.applicant.nik = :nik");
            parameters.put("nik", search.nik());
        } else if (search != null) {
            where.append(" and lower(a.applicant.fullName) like :name escape '").append(ListSearch.ESCAPE).append("'");
            parameters.put("name", search.namePattern());
        }
        return where.toString();
    }

    /** The order asked for, then by number (newest first) so that pages never overlap; nulls last either way. */
    private static String orderBy(ListOrder order) {
        String column = SORT_COLUMNS.get(order.key());
        if (column == null) {
            throw new IllegalArgumentException("Not a sort key of the application list: " + order.key());
        }
        String direction = order.descending() ? " desc" : " asc";
        if (column.equals("a.id")) {
            return " order by a.id" + direction;
        }
        return " order by " + column + direction + " nulls last, a.id desc";
    }

    @Override
    public List<WrseApplication> eligible(String regencyCode, int programmeYear) {
        return em.createQuery("select a from WrseApplication a where a.applicant.regencyCode = :regency"
                        + " and a.programmeYear = :year and a.currentDecision = :eligible and a.status not in :excluded",
                        WrseApplication.class)
                .setParameter("regency", regencyCode)
                .setParameter("year", programmeYear)
                .setParameter("eligible", WrseDecision.ELIGIBLE)
                .setParameter("excluded", NOT_CANDIDATES)
                .getResultList();
    }

    @Override
    public void add(WrseApplication application) {
        em.persist(application);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public DocumentScan addScan(DocumentScan scan) {
        em.persist(scan);
        em.flush();
        return scan;
    }

    @Override
    public Optional<DocumentScan> findScan(long scanId) {
        return Optional.ofNullable(em.find(DocumentScan.class, scanId));
    }
}
