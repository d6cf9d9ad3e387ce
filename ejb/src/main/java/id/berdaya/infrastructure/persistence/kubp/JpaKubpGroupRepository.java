package id.berdaya.infrastructure.persistence.kubp;

import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaKubpGroupRepository implements KubpGroupRepository {

    /** Each sort key's column; only these ever reach the query text. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "id", "g.id",
            "name", "lower(g.name)",
            "district", "g.districtCode",
            "village", "lower(g.village)",
            "founded", "g.foundedOn",
            "members", "size(g.members)");

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<KubpGroup> find(long id) {
        return Optional.ofNullable(em.find(KubpGroup.class, id));
    }

    @Override
    public List<KubpGroup> search(String text, String districtCode) {
        String needle = text == null ? "" : text.strip().toLowerCase();
        // Wildcards typed into the search are plain text: "%" finds a name holding "%", not every group.
        String pattern = needle.isEmpty() ? "%" : "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        // A full NIK finds its member's group; a part of one finds nothing (NIKs are shown masked).
        String nik = needle.matches("\\d{16}") ? needle : "-";
        boolean byDistrict = districtCode != null && !districtCode.isBlank();
        // No "(:district is null or ...)": PostgreSQL cannot type a parameter that is only ever null.
        TypedQuery<KubpGroup> query = em.createQuery("select g from KubpGroup g"
                + " where (lower(g.name) like :p escape '!' or lower(g.village) like :p escape '!'"
                + " or exists (select m from GroupMember m where m member of g.members"
                + " and (lower(m.fullName) like :p escape '!' or m.nik = :nik)))"
                + (byDistrict ? " and g.districtCode = :district" : "") + " order by g.name", KubpGroup.class)
                .setParameter("p", pattern)
                .setParameter("nik", nik);
        return byDistrict ? query.setParameter("district", districtCode).getResultList() : query.getResultList();
    }

    @Override
    public List<KubpGroup> page(ListSearch search, String districtCode, ListOrder order, int first, int max) {
        String column = SORT_COLUMNS.get(order.key());
        if (column == null) {
            throw new IllegalArgumentException("Not a sort key of the group list: " + order.key());
        }
        String direction = order.descending() ? " desc" : " asc";
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<KubpGroup> query = em.createQuery("select g from KubpGroup g" + where(search, districtCode, parameters)
                + " order by " + column + direction + (column.equals("g.id") ? "" : ", g.id asc"), KubpGroup.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ListSearch search, String districtCode) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(g) from KubpGroup g" + where(search, districtCode, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(ListSearch search, String districtCode, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (districtCode != null && !districtCode.isBlank()) {
            where.append(" and g.districtCode = :district");
            parameters.put("district", districtCode);
        }
        if (search != null && search.isNik()) {
            where.append(" and exists (select m from GroupMember m where m member of g.members and m.nik = :nik)");
            parameters.put("nik", search.nik());
        } else if (search != null) {
            String escape = " escape '" + ListSearch.ESCAPE + "'";
            where.append(" and (lower(g.name) like :p").append(escape).append(" or lower(g.village) like :p").append(escape)
                    .append(" or exists (select m from GroupMember m where m member of g.members and lower(m.fullName) like :p")
                    .append(escape).append("))");
            parameters.put("p", search.namePattern());
        }
        return where.toString();
    }

    @Override
    public List<KubpGroup> findAll() {
        return em.createQuery("select g from KubpGroup g order by g.id", KubpGroup.class).getResultList();
    }

    @Override
    public void add(KubpGroup group) {
        em.persist(group);
    }

    @Override
    public boolean businessFieldExists(String code) {
        // The code list is reference data owned by a migration; no entity is needed to read it.
        Number count = (Number) em.createNativeQuery("select count(*) from business_field where code = ?1")
                .setParameter(1, code)
                .getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public Set<String> niksInOtherGroupsWithOpenLoans(Collection<String> niks, Long exceptGroupId) {
        if (niks.isEmpty()) {
            return Set.of();
        }
        List<String> found = em.createQuery("select distinct m.nik from KubpGroup g join g.members m"
                        + " where m.nik in :niks and g.id <> :except"
                        + " and exists (select l from Loan l where l.group = g and l.status in :open)", String.class)
                .setParameter("niks", niks)
                .setParameter("except", exceptGroupId == null ? -1L : exceptGroupId)
                .setParameter("open", LoanStatus.OPEN)
                .getResultList();
        return new HashSet<>(found);
    }
}
