package id.berdaya.infrastructure.persistence.wrse;

import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.domain.wrse.appeal.AppealGround;
import id.berdaya.domain.wrse.appeal.AppealRepository;
import id.berdaya.domain.wrse.appeal.AppealStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAppealRepository implements AppealRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<Appeal> find(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id));
    }

    @Override
    public Optional<Appeal> findByDecisionLetter(long letterId) {
        return em.createQuery("select a from Appeal a where a.decisionLetterId = :letter", Appeal.class)
                .setParameter("letter", letterId).getResultStream().findFirst();
    }

    @Override
    public List<Appeal> ofApplication(long applicationId) {
        return em.createQuery("select a from Appeal a where a.applicationId = :application order by a.id", Appeal.class)
                .setParameter("application", applicationId).getResultList();
    }

    @Override
    public List<Appeal> lodged() {
        return em.createQuery("select a from Appeal a where a.status = :status order by a.handleBy, a.id", Appeal.class)
                .setParameter("status", AppealStatus.LODGED).getResultList();
    }

    @Override
    public List<Appeal> correctionProposals(LocalDate from, LocalDate to) {
        return em.createQuery("select a from Appeal a where a.ground = :ground and a.lodgedOn between :from and :to "
                        + "order by a.lodgedOn, a.id", Appeal.class)
                .setParameter("ground", AppealGround.REGISTRY_ERROR).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(Appeal appeal) {
        em.persist(appeal);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
