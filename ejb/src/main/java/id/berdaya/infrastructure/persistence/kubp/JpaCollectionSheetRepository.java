package id.berdaya.infrastructure.persistence.kubp;

import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.kubp.sheet.CollectionSheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCollectionSheetRepository implements CollectionSheetRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<CollectionSheet> find(long id) {
        return Optional.ofNullable(em.find(CollectionSheet.class, id));
    }

    @Override
    public Optional<CollectionSheet> findForUpdate(long id) {
        return Optional.ofNullable(em.find(CollectionSheet.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CollectionSheet> latest(int limit) {
        return em.createQuery("select s from CollectionSheet s order by s.id desc", CollectionSheet.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void add(CollectionSheet sheet) {
        em.persist(sheet);
    }
}
