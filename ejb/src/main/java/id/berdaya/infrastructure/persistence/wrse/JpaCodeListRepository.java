package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.wrse.CodeListRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
        java.util.List<?> names = em.createNativeQuery("select name_id from business_field where code = ?1")
                .setParameter(1, code).getResultList();
        return names.isEmpty() ? code : String.valueOf(names.get(0));
    }

    private boolean exists(String sql, String code) {
        if (code == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery(sql).setParameter(1, code).getSingleResult();
        return count.longValue() > 0;
    }
}
