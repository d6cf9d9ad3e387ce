package id.berdaya.domain.rules;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Putting one version of a rule set into force at a date-time: the shipped defaults at first start,
 * an approved draft (publication) or an earlier version (rollback). Pending until its time, then done
 * (with the version it replaced, how long compiling took and how late after its time) or failed
 * (with why). The done activations of a rule set are its in-force history.
 */
@KeepsHistory
@Entity
@Table(name = "rule_set_activation")
public class RuleSetActivation {

    public enum Type {
        SHIPPED,
        PUBLICATION,
        ROLLBACK
    }

    public enum Status {
        /** A rollback one person asked for, waiting for a second person's approval (four eyes). */
        REQUESTED,
        PENDING,
        DONE,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RuleSetKind kind;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "version_id", nullable = false)
    private RuleSetRevision revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "activation_type", nullable = false, length = 12)
    private Type type;

    @Column(name = "requested_by", nullable = false, length = 50)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "effective_at", nullable = false)
    private Instant effectiveAt;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "replaced_number")
    private Integer replacedNumber;

    @Column(name = "compile_millis")
    private Long compileMillis;

    @Column(name = "lag_millis")
    private Long lagMillis;

    @Column(length = 2000)
    private String failure;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RuleSetActivation() {
        // for JPA
    }

    private RuleSetActivation(RuleSetRevision revision, Type type, String requestedBy, Instant effectiveAt,
            String reason, Instant now) {
        this.revision = Objects.requireNonNull(revision, "revision");
        this.kind = revision.getKind();
        this.type = type;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = now;
        this.effectiveAt = Objects.requireNonNull(effectiveAt, "effectiveAt");
        this.reason = reason;
    }

    /** The shipped defaults, in force from the first start. */
    public static RuleSetActivation shipped(RuleSetRevision revision, Instant now) {
        RuleSetActivation shipped = new RuleSetActivation(revision, Type.SHIPPED, RuleSetRevision.SYSTEM, now,
                revision.getReason(), now);
        shipped.status = Status.DONE;
        shipped.doneAt = now;
        return shipped;
    }

    /** An approved version, to go into force at its effective date-time. */
    public static RuleSetActivation publication(RuleSetRevision approved) {
        return new RuleSetActivation(approved, Type.PUBLICATION, approved.getApprovedBy(), approved.getEffectiveAt(),
                approved.getReason(), approved.getApprovedAt());
    }

    /**
     * A request to put an earlier version back into force at a date-time: nothing changes until a
     * second person {@link #approveRollback approves} it, like a publication.
     */
    public static RuleSetActivation rollback(RuleSetRevision earlier, String by, Instant effectiveAt, String reason,
            Instant now) {
        RuleSetActivation rollback = new RuleSetActivation(earlier, Type.ROLLBACK, by, effectiveAt, reason, now);
        rollback.status = Status.REQUESTED;
        return rollback;
    }

    /**
     * The second person's approval of a requested rollback: it becomes pending at the effective
     * date-time given (already checked not to be in the past). The requester cannot approve her own.
     */
    public void approveRollback(String approver, Instant effective, Instant now) {
        if (status != Status.REQUESTED) {
            throw new StateConflictException("This rollback is " + status + ", not waiting for approval",
                    "Pengembalian ini berstatus " + status + ", tidak menunggu persetujuan");
        }
        if (requestedBy.equals(approver)) {
            throw new StateConflictException("A rollback needs a second person: " + approver + " asked for it",
                    "Pengembalian aturan perlu orang kedua: " + approver + " yang mengajukannya");
        }
        this.approvedBy = approver;
        this.approvedAt = now;
        this.effectiveAt = Objects.requireNonNull(effective, "effective");
        this.status = Status.PENDING;
    }

    public boolean isAwaitingApproval() {
        return status == Status.REQUESTED;
    }

    public boolean isDue(Instant now) {
        return status == Status.PENDING && !effectiveAt.isAfter(now);
    }

    /** Records the activation: what it replaced, how long compiling took, how late after its time. */
    public void done(Instant at, Integer replaced, long compiledInMillis) {
        this.status = Status.DONE;
        this.doneAt = at;
        this.replacedNumber = replaced;
        this.compileMillis = compiledInMillis;
        this.lagMillis = Math.max(0, Duration.between(effectiveAt, at).toMillis());
    }

    public void failed(Instant at, String why) {
        this.status = Status.FAILED;
        this.doneAt = at;
        this.failure = why == null ? "unknown" : why.substring(0, Math.min(why.length(), 2000));
    }

    public Long getId() {
        return id;
    }

    public RuleSetKind getKind() {
        return kind;
    }

    public RuleSetRevision getRevision() {
        return revision;
    }

    public Type getType() {
        return type;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getEffectiveAt() {
        return effectiveAt;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Integer getReplacedNumber() {
        return replacedNumber;
    }

    public Long getCompileMillis() {
        return compileMillis;
    }

    /** From the effective date-time to the swap, in milliseconds. */
    public Long getLagMillis() {
        return lagMillis;
    }

    public String getFailure() {
        return failure;
    }

    /** Who approved a rollback (the second person), or null. */
    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
