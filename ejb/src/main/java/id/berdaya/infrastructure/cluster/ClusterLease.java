package id.berdaya.infrastructure.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Leases in the database (table {@code cluster_lease}) for scheduled work that must run once in a
 * cluster. {@link #hold} takes or renews a lease in one conditional UPDATE of its row, in a
 * transaction of its own: the row is free, expired, or already this node's. The clock is the
 * database's, so nodes with skewed clocks agree. On a single server the lease is always granted.
 */
@Stateless
public class ClusterLease {

    private static final Logger LOG = Logger.getLogger(ClusterLease.class.getName());

    /** This JVM: the node name (jboss.node.name) and a per-start id, so a restarted node waits its turn. */
    static final String NODE = System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    /**
     * Takes or renews the named lease for {@code length}; true when this node holds it now. The
     * holder renews it at each run, so it keeps the work while it lives; another node takes over
     * at most {@code length} after it died.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hold(String name, Duration length) {
        // The interval is a literal: bound interval parameters differ between H2 and PostgreSQL.
        int updated = em.createNativeQuery("UPDATE cluster_lease SET holder = ?1, expires_at = LOCALTIMESTAMP + INTERVAL '"
                + Math.max(1, length.toSeconds()) + "' SECOND WHERE name = ?2 AND (holder = ?1 OR holder IS NULL "
                + "OR expires_at < LOCALTIMESTAMP)").setParameter(1, NODE).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            LOG.fine(() -> "Lease " + name + " is held by another node; " + NODE + " leaves the work to it");
        }
        return updated == 1;
    }
}
