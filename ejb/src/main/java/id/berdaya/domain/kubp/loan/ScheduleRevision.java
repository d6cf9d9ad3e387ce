package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A change of a loan's schedule: proposed with a reason, decided by a supervisor (or declared with
 * a disaster), and from its effective date on the loan's schedule. It keeps both the schedule it
 * proposes and, once in effect, the one it replaced, so no past date's figures change.
 */
@KeepsHistory
@Entity
@Table(name = "kubp_schedule_revision")
public class ScheduleRevision {

    public enum Kind {
        RESCHEDULE,
        DISASTER_RELIEF
    }

    public enum Status {
        PROPOSED,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "loan_id", nullable = false, updatable = false)
    private Loan loan;

    @Enumerated(EnumType.STRING)
    @Column(name = "revision_kind", nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "disaster_id", updatable = false)
    private Long disasterId;

    @Column(name = "requested_by", nullable = false, length = 50, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @ElementCollection
    @CollectionTable(name = "kubp_revision_new_installment", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderBy("number")
    private List<LoanInstallment> proposed = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kubp_revision_old_installment", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderBy("number")
    private List<LoanInstallment> replaced = new ArrayList<>();

    protected ScheduleRevision() {
        // for JPA
    }

    ScheduleRevision(Loan loan, Kind kind, RepaymentSchedule proposed, String reason, Long disasterId, String by,
            Instant at) {
        this.loan = loan;
        this.kind = kind;
        this.status = Status.PROPOSED;
        this.reason = reason.strip();
        this.disasterId = disasterId;
        this.requestedBy = by;
        this.requestedAt = at;
        proposed.installments().forEach(i -> this.proposed.add(new LoanInstallment(i)));
    }

    void approve(RepaymentSchedule current, String by, Instant at, LocalDate today) {
        this.status = Status.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.effectiveOn = today;
        current.installments().forEach(i -> this.replaced.add(new LoanInstallment(i)));
    }

    void reject(String by, Instant at) {
        this.status = Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public RepaymentSchedule proposedSchedule() {
        return new RepaymentSchedule(proposed.stream().map(LoanInstallment::toScheduled).toList());
    }

    /** The schedule in force before this revision took effect (only once it has). */
    public RepaymentSchedule replacedSchedule() {
        return new RepaymentSchedule(replaced.stream().map(LoanInstallment::toScheduled).toList());
    }

    public boolean inEffect() {
        return status == Status.APPROVED;
    }

    public Long getId() { return id; }
    public Loan getLoan() { return loan; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getReason() { return reason; }
    public Long getDisasterId() { return disasterId; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
}
