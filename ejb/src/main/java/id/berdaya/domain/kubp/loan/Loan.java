package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.ledger.LedgerEntry;
import id.berdaya.domain.kubp.ledger.RepaymentExceedsOutstandingException;
import id.berdaya.domain.kubp.ledger.RepaymentLimit;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.Rescheduling;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A KUBP group loan: APPLIED, APPROVED by a second person, DISBURSED, then ACTIVE and PAID_OFF as
 * its append-only ledger says, or WRITTEN_OFF. Balances are never stored: they follow from the
 * persisted schedule and the ledger for any date ({@link #standingOn}).
 */
@KeepsHistory
@Entity
@Table(name = "kubp_loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private KubpGroup group;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LoanStatus status;

    @Column(nullable = false, updatable = false)
    private long principal;

    @Column(name = "installment_count", nullable = false, updatable = false)
    private int installmentCount;

    @Column(name = "rounding_multiple", nullable = false, updatable = false)
    private long roundingMultiple;

    @Column(name = "planned_disbursement_date", nullable = false, updatable = false)
    private LocalDate plannedDisbursementDate;

    @Column(name = "first_due_date", nullable = false, updatable = false)
    private LocalDate firstDueDate;

    @Column(nullable = false, length = 500, updatable = false)
    private String purpose;

    @Column(name = "grace_months", nullable = false, updatable = false)
    private int graceMonths;

    @Embedded
    private LoanTerms terms;

    @Embedded
    private LoanEvents events = new LoanEvents();

    @ElementCollection
    @CollectionTable(name = "kubp_loan_installment", joinColumns = @JoinColumn(name = "loan_id"))
    @OrderBy("number")
    private List<LoanInstallment> installments = new ArrayList<>();

    @OneToMany(mappedBy = "loan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Repayment> repayments = new ArrayList<>();

    @OneToMany(mappedBy = "loan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Reversal> reversals = new ArrayList<>();

    @OneToMany(mappedBy = "loan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ScheduleRevision> revisions = new ArrayList<>();

    protected Loan() {
        // for JPA
    }

    /** A loan the rules have accepted, with the schedule and terms it was accepted with. */
    public static Loan apply(KubpGroup group, LoanApplication application, RepaymentSchedule schedule,
            long roundingMultiple, LoanTerms terms, String appliedBy, Instant at) {
        Loan loan = new Loan();
        loan.group = group;
        loan.status = LoanStatus.APPLIED;
        loan.principal = schedule.total().amount();
        loan.installmentCount = schedule.size();
        loan.roundingMultiple = roundingMultiple;
        loan.plannedDisbursementDate = application.disbursementDate();
        loan.firstDueDate = application.firstDueDate();
        loan.purpose = application.purpose().strip();
        loan.graceMonths = application.graceMonths();
        loan.terms = terms;
        loan.events.applied(appliedBy, at);
        schedule.installments().forEach(i -> loan.installments.add(new LoanInstallment(i)));
        return loan;
    }

    public void approve(String supervisor, Instant at) {
        requireStatus(Set.of(LoanStatus.APPLIED), "approved", "disetujui");
        if (supervisor.equals(events.getAppliedBy())) {
            throw new FourEyesViolationException(id, supervisor);
        }
        events.approved(supervisor, at);
        status = LoanStatus.APPROVED;
    }

    /** Pays out the approved principal; back-dated disbursements enter the existing portfolio. */
    public void disburse(LocalDate date, PaymentChannel channel, String by, Instant at, LocalDate today) {
        requireStatus(Set.of(LoanStatus.APPROVED), "disbursed", "dicairkan");
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "disbursement date " + date + " is in the future",
                    "Tanggal pencairan " + date + " belum terjadi");
        }
        if (!date.isBefore(firstDueDate)) {
            throw new InvalidInputException("date", "disbursement date " + date
                    + " must be before the first due date " + firstDueDate,
                    "Tanggal pencairan " + date + " harus sebelum jatuh tempo pertama " + firstDueDate);
        }
        events.disbursed(date, channel, by, at);
        status = LoanStatus.DISBURSED;
    }

    /** Posts a payment, oldest installment first; never more than is still owed. */
    public Repayment postRepayment(RepaymentDetails details, String by, Instant at, LocalDate today) {
        requireStatus(LoanStatus.REPAYABLE, "repaid", "dibayar");
        if (details.valueDate().isBefore(events.getDisbursedOn()) || details.valueDate().isAfter(today)) {
            throw new InvalidInputException("valueDate", "value date " + details.valueDate()
                    + " must be between the disbursement date " + events.getDisbursedOn() + " and today",
                    "Tanggal valuta " + details.valueDate() + " harus antara tanggal pencairan "
                            + events.getDisbursedOn() + " dan hari ini");
        }
        try {
            RepaymentLimit.requireWithinOutstanding(schedule(), ledger(), details.amount());
        } catch (RepaymentExceedsOutstandingException beyond) {
            throw new RepaymentRefusedException(beyond);
        }
        Repayment repayment = new Repayment(this, details, by, at);
        repayments.add(repayment);
        followLedger();
        return repayment;
    }

    public Reversal reverse(Repayment repayment, String reason, String by, Instant at) {
        if (status == LoanStatus.WRITTEN_OFF) {
            throw new StateConflictException("Loan " + id + " is written off; its ledger is closed",
                    "Pinjaman " + id + " sudah dihapusbukukan; bukunya sudah ditutup");
        }
        if (!repayments.contains(repayment)) {
            throw new IllegalArgumentException("Repayment " + repayment.getId() + " is not in loan " + id);
        }
        if (reversalOf(repayment).isPresent()) {
            throw new StateConflictException("Repayment " + repayment.getId() + " is already reversed",
                    "Pembayaran " + repayment.getId() + " sudah dibatalkan");
        }
        Reversal reversal = new Reversal(this, repayment, reason, by, at);
        reversals.add(reversal);
        followLedger();
        return reversal;
    }

    /**
     * Proposes a new schedule: the installments already paid stay, what is still owed is spread
     * over {@code tenor} installments in all from {@code firstDueDate}. A supervisor other than the
     * proposer puts it into effect ({@link #approveRevision}).
     */
    public ScheduleRevision proposeReschedule(int tenor, LocalDate firstDueDate, String reason, String by, Instant at,
            LocalDate today) {
        requireStatus(LoanStatus.REPAYABLE, "rescheduled", "dijadwalkan ulang");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required", "Alasan penjadwalan ulang wajib diisi");
        }
        if (revisions.stream().anyMatch(r -> r.getStatus() == ScheduleRevision.Status.PROPOSED)) {
            throw new StateConflictException("Loan " + id + " already has a rescheduling awaiting a decision",
                    "Pinjaman " + id + " sudah punya usulan penjadwalan ulang yang menunggu keputusan");
        }
        RepaymentSchedule proposed = Rescheduling.reschedule(schedule(), ledger(), tenor, firstDueDate,
                roundingMultiple, today);
        ScheduleRevision revision = new ScheduleRevision(this, ScheduleRevision.Kind.RESCHEDULE, proposed, reason,
                null, by, at);
        revisions.add(revision);
        return revision;
    }

    /** Puts a proposed rescheduling into effect from today; the replaced schedule is kept with it. */
    public void approveRevision(ScheduleRevision revision, String supervisor, Instant at, LocalDate today) {
        if (!revisions.contains(revision) || revision.getStatus() != ScheduleRevision.Status.PROPOSED) {
            throw new StateConflictException("Revision " + revision.getId() + " is not awaiting a decision",
                    "Usulan " + revision.getId() + " tidak sedang menunggu keputusan");
        }
        if (supervisor.equals(revision.getRequestedBy())) {
            throw new FourEyesViolationException(id, supervisor);
        }
        requireStatus(LoanStatus.REPAYABLE, "rescheduled", "dijadwalkan ulang");
        takeEffect(revision, supervisor, at, today);
    }

    public void rejectRevision(ScheduleRevision revision, String supervisor, Instant at) {
        if (!revisions.contains(revision) || revision.getStatus() != ScheduleRevision.Status.PROPOSED) {
            throw new StateConflictException("Revision " + revision.getId() + " is not awaiting a decision",
                    "Usulan " + revision.getId() + " tidak sedang menunggu keputusan");
        }
        revision.reject(supervisor, at);
    }

    /**
     * Disaster relief, decided with the disaster's declaration: every installment not yet paid that
     * falls due from the disaster's start moves {@code months} later, in effect from today.
     */
    public ScheduleRevision relieve(long disasterId, LocalDate start, int months, String reason, String by,
            Instant at, LocalDate today) {
        requireStatus(LoanStatus.REPAYABLE, "relieved", "diberi keringanan");
        RepaymentSchedule relieved = Rescheduling.moratorium(schedule(), ledger(), start, months, today);
        ScheduleRevision revision = new ScheduleRevision(this, ScheduleRevision.Kind.DISASTER_RELIEF, relieved, reason,
                disasterId, by, at);
        revisions.add(revision);
        takeEffect(revision, by, at, today);
        return revision;
    }

    private void takeEffect(ScheduleRevision revision, String by, Instant at, LocalDate today) {
        revision.approve(schedule(), by, at, today);
        installments.clear();
        revision.proposedSchedule().installments().forEach(i -> installments.add(new LoanInstallment(i)));
        followLedger();
    }

    /**
     * The schedule that was in force on a date: the one a later revision replaced when the date
     * is before that revision took effect, else the current one. A past date's figures therefore
     * never change when a loan is rescheduled.
     */
    public RepaymentSchedule scheduleOn(LocalDate date) {
        return revisions.stream().filter(ScheduleRevision::inEffect)
                .filter(r -> date.isBefore(r.getEffectiveOn()))
                .min(java.util.Comparator.comparing(ScheduleRevision::getEffectiveOn)
                        .thenComparing(ScheduleRevision::getId, java.util.Comparator.nullsLast(Long::compare)))
                .map(ScheduleRevision::replacedSchedule)
                .orElseGet(this::schedule);
    }

    public List<ScheduleRevision> getRevisions() {
        return Collections.unmodifiableList(revisions);
    }

    public void writeOff(LocalDate date, String reason, String by, Instant at, LocalDate today) {
        requireStatus(LoanStatus.REPAYABLE, "written off", "dihapusbukukan");
        if (date.isAfter(today) || date.isBefore(events.getDisbursedOn())) {
            throw new InvalidInputException("date", "write-off date " + date
                    + " must be between the disbursement date " + events.getDisbursedOn() + " and today",
                    "Tanggal hapus buku " + date + " harus antara tanggal pencairan dan hari ini");
        }
        events.writtenOff(date, reason.strip(), by, at);
        status = LoanStatus.WRITTEN_OFF;
    }

    /**
     * PAID_OFF while the payments that are not reversed cover the schedule; otherwise ACTIVE once
     * repayment has begun. A reversal never takes a loan back to DISBURSED: it has been in
     * repayment, and its ledger says so.
     */
    private void followLedger() {
        if (RepaymentLimit.outstandingNow(schedule(), ledger()).isZero()) {
            status = LoanStatus.PAID_OFF;
        } else if (!repayments.isEmpty()) {
            status = LoanStatus.ACTIVE;
        }
    }

    private void requireStatus(Set<LoanStatus> allowed, String verbEn, String verbId) {
        if (!allowed.contains(status)) {
            throw new StateConflictException("Loan " + id + " is " + status + " and cannot be " + verbEn,
                    "Pinjaman " + id + " berstatus " + status + " sehingga tidak dapat " + verbId);
        }
    }

    public RepaymentSchedule schedule() {
        return new RepaymentSchedule(installments.stream().map(LoanInstallment::toScheduled).toList());
    }

    /** Every repayment as the arithmetic sees it, reversed ones flagged. */
    public List<LedgerEntry> ledger() {
        return repayments.stream().map(r -> r.toLedgerEntry(reversalOf(r).isPresent())).toList();
    }

    /** The loan's figures and status on any date, from the ledger as it is now. */
    public LoanStanding standingOn(LocalDate asOf) {
        return new LoanStanding(this, asOf);
    }

    public Optional<Reversal> reversalOf(Repayment repayment) {
        return reversals.stream().filter(r -> r.reverses(repayment)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public KubpGroup getGroup() {
        return group;
    }

    public LoanStatus getStatus() {
        return status;
    }

    public Rupiah getPrincipal() {
        return Rupiah.of(principal);
    }

    public int getInstallmentCount() {
        return installmentCount;
    }

    public long getRoundingMultiple() {
        return roundingMultiple;
    }

    public LocalDate getPlannedDisbursementDate() {
        return plannedDisbursementDate;
    }

    public LocalDate getFirstDueDate() {
        return firstDueDate;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getGraceMonths() {
        return graceMonths;
    }

    public LoanTerms getTerms() {
        return terms;
    }

    public LoanEvents getEvents() {
        return events;
    }

    public List<Repayment> getRepayments() {
        return Collections.unmodifiableList(repayments);
    }

    public List<Reversal> getReversals() {
        return Collections.unmodifiableList(reversals);
    }
}
