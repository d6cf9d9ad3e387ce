package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.RuleSetStatus;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Publishing and rolling back: a version goes into force only when a second person approves it,
 * after it compiled and passed every test case in this very request, at an effective date-time that
 * is not in the past. Due now, it is in force when the request returns; later, the scheduler puts it
 * in force at its time.
 */
@Stateless
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class RuleSetPublication {

    private static final Logger LOG = Logger.getLogger(RuleSetPublication.class.getName());

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private RuleSetVerifier verifier;

    @Inject
    private RuleSetActivator activator;

    @Inject
    private ActivationScheduler scheduler;

    @Resource
    private SessionContext context;

    /**
     * Approves a draft as its approver last saw it ({@code lockVersion}).
     *
     * @param effectiveAt when it goes into force; null means now
     */
    public RuleSetActivation approve(RuleSetKind kind, int number, long lockVersion, Instant effectiveAt, String note) {
        String approver = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        RuleSetRevision draft = ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
        draft.requireLockVersion(lockVersion);
        Instant effective = RuleSetRevision.requireNotPast(effectiveAt, now);
        RuleSetVerification verification = verifier.verify(draft);
        verification.requirePublishable(number);
        draft.approve(approver, effective, note, now);
        RuleSetActivation activation = RuleSetActivation.publication(draft);
        ruleSets.add(activation);
        LOG.info(() -> String.format("Rule set %s version %d approved by %s (author %s), effective %s; %d test cases "
                + "passed, compiled in %d ms", kind, number, approver, draft.getAuthor(), effective,
                verification.results().size(), verification.compileMillis()));
        activateOrSchedule(activation, verification);
        return activation;
    }

    /**
     * Asks for an earlier version (one that was in force before) to be put back into force. Four eyes,
     * like a publication: nothing changes until a second person {@link #approveRollback approves} it.
     */
    public RuleSetActivation rollback(RuleSetKind kind, int number, Instant effectiveAt, String reason) {
        String by = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the rules are rolled back",
                    "Tuliskan alasan pengembalian aturan");
        }
        RuleSetRevision earlier = ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
        if (earlier.getStatus() != RuleSetStatus.RETIRED) {
            throw new StateConflictException("Version " + number + " is " + earlier.getStatus()
                    + "; only a version that was in force before can be rolled back to",
                    "Versi " + number + " berstatus " + earlier.getStatus()
                            + "; hanya versi yang pernah berlaku yang dapat diberlakukan kembali");
        }
        Instant effective = RuleSetRevision.requireNotPast(effectiveAt, now);
        verifier.verify(earlier).requirePublishable(number);
        RuleSetActivation request = RuleSetActivation.rollback(earlier, by, effective, reason.strip(), now);
        ruleSets.add(request);
        LOG.info(() -> "Rule set " + kind + " rollback to version " + number + " requested by " + by + ", effective "
                + effective + "; waiting for a second person");
        return request;
    }

    /**
     * A second person approves a requested rollback; it goes into force at the effective date-time
     * given (null: the requested one, or now if that has passed), now or by the scheduler.
     */
    public RuleSetActivation approveRollback(RuleSetKind kind, long requestId, Instant effectiveAt) {
        String approver = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        RuleSetActivation request = ruleSets.findActivation(requestId)
                .filter(a -> a.getKind() == kind && a.getType() == RuleSetActivation.Type.ROLLBACK)
                .orElseThrow(() -> new NotFoundException("Rollback request", kind.slug() + "/" + requestId));
        Instant wanted = effectiveAt != null ? effectiveAt
                : request.getEffectiveAt().isAfter(now) ? request.getEffectiveAt() : null;
        Instant effective = RuleSetRevision.requireNotPast(wanted, now);
        int number = request.getRevision().getNumber();
        RuleSetRevision earlier = ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
        RuleSetVerification verification = verifier.verify(earlier);
        verification.requirePublishable(number);
        request.approveRollback(approver, effective, now);
        LOG.info(() -> "Rule set " + kind + " rollback to version " + number + " (asked by " + request.getRequestedBy()
                + ") approved by " + approver + ", effective " + effective);
        activateOrSchedule(request, verification);
        return request;
    }

    /** The rollbacks asked for and waiting for a second person. */
    public List<RuleSetActivation> rollbackRequests(RuleSetKind kind) {
        List<RuleSetActivation> requests = ruleSets.activations(kind).stream().filter(RuleSetActivation::isAwaitingApproval)
                .toList();
        requests.forEach(r -> r.getRevision().getNumber()); // read after the transaction
        return requests;
    }

    private void activateOrSchedule(RuleSetActivation activation, RuleSetVerification verification) {
        if (activation.isDue(Instant.now())) {
            activator.apply(activation, verification.compiled());
        } else {
            scheduler.wakeAt(activation.getEffectiveAt());
        }
    }
}
