package id.berdaya.infrastructure.persistence;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserChange;
import id.berdaya.domain.security.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffUserRepository implements StaffUserRepository {

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StaffUser> findAll() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    @Override
    public void add(StaffUser user) {
        em.persist(user);
    }

    @Override
    public void record(StaffUserChange change) {
        em.persist(change);
    }

    @Override
    public List<StaffUserChange> history(StaffUser user) {
        return em.createQuery("select c from StaffUserChange c where c.user = :user order by c.changedAt desc, c.id desc",
                StaffUserChange.class).setParameter("user", user).getResultList();
    }

    /**
     * Locks the active holders of the role, one row at a time in id order (no deadlock between two
     * callers), then counts them: two administrators taking the role from each other at the same time
     * are serialised, and the second sees the first's change.
     */
    @Override
    public long countActive(Role role) {
        List<Long> ids = em.createQuery("select u.id from StaffUser u where u.active = true and :role member of u.roles"
                + " order by u.id", Long.class).setParameter("role", role).getResultList();
        long active = 0;
        for (Long id : ids) {
            StaffUser user = em.find(StaffUser.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            em.refresh(user);
            if (user.isActive() && user.hasRole(role)) {
                active++;
            }
        }
        return active;
    }
}
