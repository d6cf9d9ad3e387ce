package id.berdaya.infrastructure.persistence.rules;

import id.berdaya.domain.rules.InForceMark;
import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.RuleSetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRuleSetRepository implements RuleSetRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public List<RuleSetRevision> versions(RuleSetKind kind) {
        return em.createQuery("select v from RuleSetRevision v where v.kind = :kind order by v.number desc",
                RuleSetRevision.class).setParameter("kind", kind).getResultList();
    }

    @Override
    public Optional<RuleSetRevision> find(RuleSetKind kind, int number) {
        return em.createQuery("select v from RuleSetRevision v where v.kind = :kind and v.number = :number",
                RuleSetRevision.class).setParameter("kind", kind).setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<RuleSetRevision> findWithContent(RuleSetKind kind, int number) {
        return find(kind, number).map(JpaRuleSetRepository::loaded);
    }

    @Override
    public Optional<RuleSetRevision> inForce(RuleSetKind kind) {
        return em.createQuery("select v from RuleSetRevision v where v.kind = :kind and v.status = :status",
                RuleSetRevision.class).setParameter("kind", kind).setParameter("status", RuleSetStatus.IN_FORCE)
                .getResultStream().findFirst().map(JpaRuleSetRepository::loaded);
    }

    @Override
    public List<InForceMark> inForceMarks() {
        return em.createQuery("select new id.berdaya.domain.rules.InForceMark(v.kind, v.id, v.contentId, v.inForceSince) "
                + "from RuleSetRevision v where v.status = :status", InForceMark.class)
                .setParameter("status", RuleSetStatus.IN_FORCE).getResultList();
    }

    @Override
    public List<RuleSetRevision> withContentId(RuleSetKind kind, String contentId) {
        return em.createQuery("select v from RuleSetRevision v where v.kind = :kind and v.contentId = :contentId "
                + "order by v.number", RuleSetRevision.class)
                .setParameter("kind", kind).setParameter("contentId", contentId).getResultList();
    }

    @Override
    public int nextNumber(RuleSetKind kind) {
        Integer highest = em.createQuery("select max(v.number) from RuleSetRevision v where v.kind = :kind", Integer.class)
                .setParameter("kind", kind).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    @Override
    public long count(RuleSetKind kind) {
        return em.createQuery("select count(v) from RuleSetRevision v where v.kind = :kind", Long.class)
                .setParameter("kind", kind).getSingleResult();
    }

    @Override
    public void add(RuleSetRevision revision) {
        em.persist(revision);
    }

    @Override
    public void remove(RuleSetRevision revision) {
        em.remove(revision);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void add(RuleSetActivation activation) {
        em.persist(activation);
    }

    @Override
    public Optional<RuleSetActivation> findActivation(long id) {
        return Optional.ofNullable(em.find(RuleSetActivation.class, id));
    }

    @Override
    public List<RuleSetActivation> activations(RuleSetKind kind) {
        return em.createQuery("select a from RuleSetActivation a where a.kind = :kind order by a.requestedAt desc, a.id desc",
                RuleSetActivation.class).setParameter("kind", kind).getResultList();
    }

    @Override
    public List<RuleSetActivation> pendingActivations() {
        return em.createQuery("select a from RuleSetActivation a where a.status = :status order by a.effectiveAt, a.id",
                RuleSetActivation.class).setParameter("status", RuleSetActivation.Status.PENDING).getResultList();
    }

    /** Touches the lazy collections so that they can be read after the transaction. */
    private static RuleSetRevision loaded(RuleSetRevision revision) {
        revision.getFiles().size();
        revision.getTestCases().size();
        return revision;
    }
}
