package id.berdaya.interfaces.kubp.web;


import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanEvents;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.kubp.loan.Reversal;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A loan's page: its figures on the chosen date, its schedule and its ledger, as getters for EL. */
public class LoanDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One installment with what was paid towards it by the date. */
    public record Line(int number, LocalDate dueDate, long amount, long paid, String status) implements Serializable {
        public int getNumber() { return number; }
        public LocalDate getDueDate() { return dueDate; }
        public long getAmount() { return amount; }
        public long getPaid() { return paid; }
        public String getStatus() { return status; }
    }

    /** One ledger entry: a repayment, and its reversal if there is one. */
    public record Entry(long id, long amount, LocalDate valueDate, String channel, String receiptNo, String postedBy,
            LocalDateTime postedAt, boolean reversed, String reversalReason, String reversedBy) implements Serializable {
        public long getId() { return id; }
        public long getAmount() { return amount; }
        public LocalDate getValueDate() { return valueDate; }
        public String getChannel() { return channel; }
        public String getReceiptNo() { return receiptNo; }
        public String getPostedBy() { return postedBy; }
        public LocalDateTime getPostedAt() { return postedAt; }
        public boolean isReversed() { return reversed; }
        public String getReversalReason() { return reversalReason; }
        public String getReversedBy() { return reversedBy; }
    }

    /** A rescheduling, proposed or decided: who asked, why, and the schedule it gives (and replaced). */
    public record Revision(long id, String kind, String status, String reason, String requestedBy, LocalDateTime requestedAt,
            String decidedBy, LocalDate effectiveOn, int proposedCount, LocalDate proposedFirstDue, LocalDate proposedLastDue,
            long proposedTotal, int replacedCount, LocalDate replacedLastDue) implements Serializable {
        public long getId() { return id; }
        public String getKind() { return kind; }
        public String getStatus() { return status; }
        public String getReason() { return reason; }
        public String getRequestedBy() { return requestedBy; }
        public LocalDateTime getRequestedAt() { return requestedAt; }
        public String getDecidedBy() { return decidedBy; }
        public LocalDate getEffectiveOn() { return effectiveOn; }
        public int getProposedCount() { return proposedCount; }
        public LocalDate getProposedFirstDue() { return proposedFirstDue; }
        public LocalDate getProposedLastDue() { return proposedLastDue; }
        public long getProposedTotal() { return proposedTotal; }
        public int getReplacedCount() { return replacedCount; }
        public LocalDate getReplacedLastDue() { return replacedLastDue; }
        public boolean isProposed() { return "PROPOSED".equals(status); }
    }

    private final LoanRow row;
    private final String currentStatus;
    private final int installments;
    private final String purpose;
    private final String ruleSetVersion;
    private final String appliedBy;
    private final String approvedBy;
    private final String writeOffReason;
    private final List<Line> schedule;
    private final List<Entry> ledger;
    private final List<Revision> revisions;

    LoanDetail(Loan loan, LocalDate asOf, id.berdaya.domain.kubp.ledger.ArrearsLadder ladder) {
        this.row = new LoanRow(loan, asOf, ladder);
        LoanEvents events = loan.getEvents();
        this.currentStatus = loan.getStatus().name();
        this.installments = loan.getInstallmentCount();
        this.purpose = loan.getPurpose();
        this.ruleSetVersion = loan.getTerms().getRuleSetVersion();
        this.appliedBy = events.getAppliedBy();
        this.approvedBy = events.getApprovedBy();
        this.writeOffReason = events.getWriteOffReason();
        this.schedule = loan.standingOn(asOf).position().installments().stream().map(LoanDetail::line).toList();
        this.ledger = loan.getRepayments().stream().map(r -> entry(loan, r)).toList();
        List<Revision> newestFirst = new java.util.ArrayList<>(loan.getRevisions().stream().map(LoanDetail::revision).toList());
        java.util.Collections.reverse(newestFirst);
        this.revisions = List.copyOf(newestFirst);
    }

    private static Revision revision(ScheduleRevision r) {
        RepaymentSchedule proposed = r.proposedSchedule();
        RepaymentSchedule replaced = r.inEffect() ? r.replacedSchedule() : null;
        return new Revision(r.getId(), r.getKind().name(), r.getStatus().name(), r.getReason(), r.getRequestedBy(),
                LocalDateTime.ofInstant(r.getRequestedAt(), KubpCalendar.ZONE), r.getDecidedBy(), r.getEffectiveOn(),
                proposed.size(), proposed.firstDueDate(), proposed.lastDueDate(), proposed.total().amount(),
                replaced == null ? 0 : replaced.size(), replaced == null ? null : replaced.lastDueDate());
    }

    private static Line line(InstallmentPosition p) {
        return new Line(p.number(), p.dueDate(), p.amount().amount(), p.paid().amount(), p.status().name());
    }

    private static Entry entry(Loan loan, Repayment r) {
        var reversal = loan.reversalOf(r);
        return new Entry(r.getId(), r.getAmount().amount(), r.getValueDate(), r.getChannel().name(), r.getReceiptNo(),
                r.getPostedBy(), LocalDateTime.ofInstant(r.getPostedAt(), KubpCalendar.ZONE),
                reversal.isPresent(), reversal.map(Reversal::getReason).orElse(null),
                reversal.map(Reversal::getReversedBy).orElse(null));
    }

    public LoanRow getRow() { return row; }
    public String getCurrentStatus() { return currentStatus; }
    public int getInstallments() { return installments; }
    public String getPurpose() { return purpose; }
    public String getRuleSetVersion() { return ruleSetVersion; }
    public String getAppliedBy() { return appliedBy; }
    public String getApprovedBy() { return approvedBy; }
    public String getWriteOffReason() { return writeOffReason; }
    public List<Line> getSchedule() { return schedule; }
    public List<Entry> getLedger() { return ledger; }
    public List<Revision> getRevisions() { return revisions; }
    public boolean isReschedulingPending() { return revisions.stream().anyMatch(Revision::isProposed); }
}
