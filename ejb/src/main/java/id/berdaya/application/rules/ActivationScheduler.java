package id.berdaya.application.rules;

import id.berdaya.infrastructure.cluster.ClusterLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the activator when an approved version's effective date-time comes, and every half minute
 * besides: that poll also applies what fell due while the server was down, and anything a lost wake
 * missed. Pending activations live in the database, so nothing is lost by a restart.
 * <p>
 * In a cluster the half-minute poll runs on the node holding the {@code rule-set-activations}
 * lease only (another takes it over within {@link #LEASE} of that node's death); a wake runs on the
 * node that scheduled it. Applying one activation twice is refused by its optimistic lock, and the
 * other nodes follow the database's version in force by themselves ({@code RuleEngine}).
 */
@Singleton
@Startup
@DependsOn("RuleEngine")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ActivationScheduler {

    static final Duration POLL = Duration.ofSeconds(30);
    static final Duration LEASE = Duration.ofSeconds(90);
    static final String LEASE_NAME = "rule-set-activations";
    private static final Logger LOG = Logger.getLogger(ActivationScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private RuleSetActivator activator;

    @Inject
    private ClusterLease lease;

    private ScheduledFuture<?> poll;
    private final Queue<ScheduledFuture<?>> wakes = new ConcurrentLinkedQueue<>();

    @PostConstruct
    void start() {
        poll = executor.scheduleWithFixedDelay(this::pollIfLeaseHeld, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
        wakes.forEach(wake -> wake.cancel(false));
    }

    /** Wakes the activator at a date-time; inside a transaction, only once it has committed. */
    public void wakeAt(Instant at) {
        if (transactions.getTransactionKey() == null) {
            schedule(at);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    schedule(at);
                }
            }
        });
    }

    private void schedule(Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        wakes.removeIf(ScheduledFuture::isDone);
        wakes.add(executor.schedule(this::applyDue, delay, TimeUnit.MILLISECONDS));
    }

    private void pollIfLeaseHeld() {
        try {
            if (!lease.hold(LEASE_NAME, LEASE)) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Taking the activation lease failed; the next poll retries", e);
            return;
        }
        applyDue();
    }

    private void applyDue() {
        try {
            int applied = activator.applyDue();
            if (applied > 0) {
                LOG.info(() -> applied + " rule-set activation(s) applied");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying due rule-set activations failed; the next poll retries", e);
        }
    }
}
