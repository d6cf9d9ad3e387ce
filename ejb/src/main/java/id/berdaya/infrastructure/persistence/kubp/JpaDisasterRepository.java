package id.berdaya.infrastructure.persistence.kubp;

import id.berdaya.domain.kubp.disaster.Disaster;
import id.berdaya.domain.kubp.disaster.DisasterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDisasterRepository implements DisasterRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<Disaster> find(long id) {
        return Optional.ofNullable(em.find(Disaster.class, id));
    }

    @Override
    public List<Disaster> findAll() {
        return em.createQuery("select d from Disaster d order by d.id desc", Disaster.class).getResultList();
    }

    @Override
    public void add(Disaster disaster) {
        em.persist(disaster);
    }
}
