package id.berdaya.infrastructure.persistence;

import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionLevel;
import id.berdaya.domain.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    private final ConcurrentMap<String, Set<String>> districtCodes = new ConcurrentHashMap<>();

    @Override
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    @Override
    public List<Region> regencies() {
        return em.createQuery("select r from Region r where r.level in :levels order by r.code", Region.class)
                .setParameter("levels", List.of(RegionLevel.REGENCY, RegionLevel.CITY))
                .getResultList();
    }

    @Override
    public List<Region> districtsOf(String regencyCode) {
        return em.createQuery("select r from Region r where r.level = :level and r.parentCode = :parent order by r.code",
                        Region.class)
                .setParameter("level", RegionLevel.DISTRICT)
                .setParameter("parent", regencyCode)
                .getResultList();
    }

    @Override
    public Set<String> districtCodesOf(String regencyCode) {
        return districtCodes.computeIfAbsent(regencyCode, code -> Set.copyOf(em.createQuery(
                        "select r.code from Region r where r.level = :level and r.parentCode = :parent", String.class)
                .setParameter("level", RegionLevel.DISTRICT)
                .setParameter("parent", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()));
    }
}
