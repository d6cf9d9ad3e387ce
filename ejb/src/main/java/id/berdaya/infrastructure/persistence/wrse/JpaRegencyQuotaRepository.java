package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.wrse.RegencyQuota;
import id.berdaya.domain.wrse.RegencyQuotaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRegencyQuotaRepository implements RegencyQuotaRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<RegencyQuota> find(String regencyCode, int programmeYear) {
        return em.createQuery("select q from RegencyQuota q where q.regencyCode = :regency and q.programmeYear = :year",
                        RegencyQuota.class)
                .setParameter("regency", regencyCode)
                .setParameter("year", programmeYear)
                .getResultStream().findFirst();
    }

    @Override
    public List<RegencyQuota> forYear(int programmeYear) {
        return em.createQuery("select q from RegencyQuota q where q.programmeYear = :year order by q.regencyCode",
                        RegencyQuota.class)
                .setParameter("year", programmeYear).getResultList();
    }

    @Override
    public void add(RegencyQuota quota) {
        em.persist(quota);
    }
}
