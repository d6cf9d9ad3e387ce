package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.wrse.goods.CatalogueItem;
import id.berdaya.domain.wrse.goods.GoodsPackage;
import id.berdaya.domain.wrse.goods.GoodsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaGoodsRepository implements GoodsRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<CatalogueItem> findItem(long id) {
        return Optional.ofNullable(em.find(CatalogueItem.class, id));
    }

    @Override
    public List<CatalogueItem> catalogue(String businessField, boolean withWithdrawn) {
        return em.createQuery("select c from CatalogueItem c where (:field is null or c.businessField = :field) "
                        + "and (:all = true or c.active = true) order by c.businessField, c.name, c.id", CatalogueItem.class)
                .setParameter("field", businessField).setParameter("all", withWithdrawn).getResultList();
    }

    @Override
    public void add(CatalogueItem item) {
        em.persist(item);
    }

    @Override
    public Optional<GoodsPackage> packageOf(long applicationId) {
        return em.createQuery("select p from GoodsPackage p where p.applicationId = :application", GoodsPackage.class)
                .setParameter("application", applicationId).getResultStream().findFirst();
    }

    @Override
    public List<GoodsPackage> toDeliver(String districtCode, LocalDate on) {
        return em.createQuery("select p from GoodsPackage p where p.districtCode = :district and p.deliveryDate = :on "
                        + "order by p.applicationId", GoodsPackage.class)
                .setParameter("district", districtCode).setParameter("on", on).getResultList();
    }

    @Override
    public void add(GoodsPackage goodsPackage) {
        em.persist(goodsPackage);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
