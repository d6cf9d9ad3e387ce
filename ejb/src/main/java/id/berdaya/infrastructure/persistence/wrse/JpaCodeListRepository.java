package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.domain.wrse.CodeListRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Looks codes up in the code-list tables of migration V3 (no entities: they are plain lists). */
@ApplicationScoped
public class JpaCodeListRepository implements CodeListRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    /** The lists only migrations change: read once per server, so a screening's checks cost no query. */
    private volatile FixedLists fixed;

    @Override
    public boolean isBusinessField(String code) {
        return code != null && fixed().businessFields().containsKey(code);
    }

    @Override
    public boolean isRegistry(String code) {
        return code != null && fixed().registries().containsKey(code);
    }

    @Override
    public boolean registryHasDecile(String code) {
        return code != null && Boolean.TRUE.equals(fixed().registries().get(code));
    }

    @Override
    public boolean isAidProgramme(String code) {
        return code != null && fixed().aidProgrammes().contains(code);
    }

    @Override
    public String businessFieldName(String code) {
        if (code == null) {
            return "-";
        }
        return fixed().businessFields().getOrDefault(code, code);
    }

    @Override
    public boolean isCircumstance(String code) {
        return exists("select count(*) from circumstance where code = ?1", code);
    }

    @Override
    public List<Circumstance> circumstances() {
        List<?> rows = em.createNativeQuery(
                "select code, name_id, name_en, confidential from circumstance order by sort_order, code").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Circumstance(
                String.valueOf(r[0]), String.valueOf(r[1]), String.valueOf(r[2]), Boolean.TRUE.equals(r[3])))
                .toList();
    }

    @Override
    public void addCircumstance(Circumstance c, String by, Instant at) {
        Number last = (Number) em.createNativeQuery("select coalesce(max(sort_order), 0) from circumstance")
                .getSingleResult();
        em.createNativeQuery("insert into circumstance (code, name_id, name_en, confidential, sort_order, added_by,"
                        + " added_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, c.code()).setParameter(2, c.nameId()).setParameter(3, c.nameEn())
                .setParameter(4, c.confidential()).setParameter(5, last.intValue() + 1).setParameter(6, by)
                .setParameter(7, Timestamp.from(at)).executeUpdate();
    }

    private boolean exists(String sql, String code) {
        if (code == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery(sql).setParameter(1, code).getSingleResult();
        return count.longValue() > 0;
    }

    private FixedLists fixed() {
        FixedLists lists = fixed;
        if (lists == null) {
            Map<String, String> businessFields = new HashMap<>();
            rows("select code, name_id from business_field").forEach(r -> businessFields.put(String.valueOf(r[0]), String.valueOf(r[1])));
            Map<String, Boolean> registries = new HashMap<>();
            rows("select code, has_decile from poverty_registry").forEach(r -> registries.put(String.valueOf(r[0]), Boolean.TRUE.equals(r[1])));
            Set<String> aid = new HashSet<>();
            rows("select code, code from aid_programme").forEach(r -> aid.add(String.valueOf(r[0])));
            lists = new FixedLists(Map.copyOf(businessFields), Map.copyOf(registries), Set.copyOf(aid));
            fixed = lists;
        }
        return lists;
    }

    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(r -> (Object[]) r).toList();
    }

    /** Business fields with their Indonesian names, registries with whether they rank in deciles, aid programmes. */
    private record FixedLists(Map<String, String> businessFields, Map<String, Boolean> registries, Set<String> aidProgrammes) {
    }
}
