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

    @Override
    public long countActive(Role role) {
        return em.createQuery("select count(u) from StaffUser u where u.active = true and :role member of u.roles", Long.class)
                .setParameter("role", role).getSingleResult();
    }
}
