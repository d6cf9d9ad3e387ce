package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.wrse.Circumstance;
import id.berdaya.domain.wrse.CodeListRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Looks codes up in the code-list tables of migration V3 (no entities: they are plain lists). */
@ApplicationScoped
public class JpaCodeListRepository implements CodeListRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public boolean isBusinessField(String code) {
        return exists("select count(*) from business_field where code = ?1", code);
    }

    @Override
    public boolean isRegistry(String code) {
        return exists("select count(*) from poverty_registry where code = ?1", code);
    }

    @Override
    public boolean registryHasDecile(String code) {
        return exists("select count(*) from poverty_registry where code = ?1 and has_decile = true", code);
    }

    @Override
    public boolean isAidProgramme(String code) {
        return exists("select count(*) from aid_programme where code = ?1", code);
    }

    @Override
    public String businessFieldName(String code) {
        if (code == null) {
            return "-";
        }
        List<?> names = em.createNativeQuery("select name_id from business_field where code = ?1")
                .setParameter(1, code).getResultList();
        return names.isEmpty() ? code : String.valueOf(names.get(0));
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
}
