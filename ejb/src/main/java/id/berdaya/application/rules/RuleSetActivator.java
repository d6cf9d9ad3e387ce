package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.RuleSetStatus;
import id.berdaya.infrastructure.rules.RuleEngine;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Puts versions into force: records the change in the database and swaps the compiled rules in the
 * running engine once, and only once, that change has committed. Called by the publication service
 * for an activation due now, and by the scheduler for the ones whose time has come.
 * <p>
 * No security annotations: the scheduler calls it from no user's context, and every path that
 * creates an activation is secured where it starts.
 */
@Stateless
public class RuleSetActivator {

    private static final Logger LOG = Logger.getLogger(RuleSetActivator.class.getName());

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private RuleEngine engine;

    @Inject
    private RuleSetVerifier verifier;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private SessionContext context;

    /**
     * Applies an activation in the caller's transaction. {@code compiled} may be null, then the
     * version is compiled here; if it does not compile the activation fails and nothing changes.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void apply(RuleSetActivation activation, RuleSetVersion compiled) {
        RuleSetRevision target = activation.getRevision();
        RuleSetVersion rules = compiled;
        if (rules == null) {
            RuleSetVerification verification = verifier.compile(target);
            if (!verification.compiles()) {
                String why = verification.errors().stream().map(Object::toString).collect(Collectors.joining("; "));
                activation.failed(Instant.now(), why);
                LOG.severe(() -> "Rule set " + target.getKind() + " version " + target.getNumber()
                        + " did not go into force: it does not compile: " + why);
                return;
            }
            rules = verification.compiled();
        }
        Instant now = Instant.now(); // after compiling: the recorded delay includes it
        Optional<RuleSetRevision> previous = ruleSets.inForce(target.getKind());
        Integer replaced = null;
        if (previous.isPresent() && !previous.get().getId().equals(target.getId())) {
            previous.get().retire(now);
            replaced = previous.get().getNumber();
        }
        if (target.getStatus() != RuleSetStatus.IN_FORCE) {
            target.putInForce(now);
        }
        activation.done(now, replaced, rules.compileMillis());
        swapAfterCommit(activation, rules);
    }

    /** Applies every pending activation whose time has come, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int applyDue() {
        RuleSetActivator self = context.getBusinessObject(RuleSetActivator.class);
        int applied = 0;
        for (Long id : self.dueActivations()) {
            try {
                applied += self.applyOne(id) ? 1 : 0;
            } catch (RuntimeException e) {
                // Most likely another trigger applied it at the same moment (optimistic lock); the
                // next poll retries anything still pending.
                LOG.log(Level.WARNING, "Activation " + id + " not applied now", e);
            }
        }
        return applied;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueActivations() {
        Instant now = Instant.now();
        return ruleSets.pendingActivations().stream().filter(a -> a.isDue(now)).map(RuleSetActivation::getId).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyOne(long activationId) {
        Optional<RuleSetActivation> activation = ruleSets.findActivation(activationId);
        if (activation.isEmpty() || !activation.get().isDue(Instant.now())) {
            return false;
        }
        apply(activation.get(), null);
        return true;
    }

    private void swapAfterCommit(RuleSetActivation activation, RuleSetVersion rules) {
        int number = activation.getRevision().getNumber();
        Instant since = activation.getEffectiveAt().isAfter(activation.getRequestedAt())
                ? activation.getEffectiveAt() : activation.getRequestedAt();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the swap waits for the outcome
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                engine.putInForce(rules);
                Duration lag = Duration.between(since, Instant.now());
                LOG.info(() -> String.format("Rule set %s version %d (%s) in force by %s: %d ms after it was due "
                        + "(compile %d ms)", rules.kind(), number, rules.versionId(), activation.getType(),
                        lag.toMillis(), rules.compileMillis()));
            }
        });
    }
}
