package id.berdaya.domain.kubp.sheet;

import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.ledger.RepaymentLimit;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanStanding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One group's line on a sheet: its figures on the meeting date as they stood when the sheet was
 * opened, and, once posted, what was collected and the repayment it became. Posted once; never
 * changed afterwards (a wrong amount is undone by reversing its repayment, as for any payment).
 */
@Entity
@Table(name = "kubp_collection_sheet_row")
public class CollectionSheetRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private CollectionSheet sheet;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "loan_id", nullable = false, updatable = false)
    private long loanId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "group_name", nullable = false, updatable = false, length = 150)
    private String groupName;

    @Column(nullable = false, updatable = false, length = 100)
    private String village;

    @Column(name = "chair_name", updatable = false, length = 150)
    private String chairName;

    @Column(name = "member_count", nullable = false, updatable = false)
    private int memberCount;

    @Column(name = "installment_due", nullable = false, updatable = false)
    private long installmentDue;

    @Column(nullable = false, updatable = false)
    private long arrears;

    @Column(name = "days_past_due", nullable = false, updatable = false)
    private long daysPastDue;

    @Column(nullable = false, updatable = false)
    private long outstanding;

    @Column(name = "client_key", length = 100)
    private String clientKey;

    @Column(name = "paid_amount")
    private Long paidAmount;

    @Column(name = "receipt_no", length = 40)
    private String receiptNo;

    private Integer attendance;

    @Column(name = "repayment_id")
    private Long repaymentId;

    @Column(name = "posted_by", length = 50)
    private String postedBy;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected CollectionSheetRow() {
        // for JPA
    }

    /**
     * The loan on the meeting date: arrears are what fell due before it; the installment due is
     * the unpaid part of what falls due from the meeting until the next month's meeting.
     */
    CollectionSheetRow(CollectionSheet sheet, int lineNo, Loan loan, LocalDate meetingDate) {
        this.sheet = sheet;
        this.lineNo = lineNo;
        this.loanId = loan.getId();
        this.groupId = loan.getGroup().getId();
        this.groupName = loan.getGroup().getName();
        this.village = loan.getGroup().getVillage();
        this.chairName = loan.getGroup().getMembers().stream().filter(m -> m.getRole() == MemberRole.CHAIR)
                .map(GroupMember::getFullName).findFirst().orElse(null);
        this.memberCount = loan.getGroup().getMembers().size();
        LoanStanding standing = loan.standingOn(meetingDate);
        LocalDate nextMeeting = meetingDate.plusMonths(1);
        this.installmentDue = standing.position().installments().stream()
                .filter(i -> !i.dueDate().isBefore(meetingDate) && i.dueDate().isBefore(nextMeeting))
                .map(InstallmentPosition::unpaid).mapToLong(r -> r.amount()).sum();
        this.arrears = standing.arrearsAmount().amount();
        this.daysPastDue = standing.daysPastDue();
        this.outstanding = RepaymentLimit.outstandingNow(loan.schedule(), loan.ledger()).amount();
    }

    public boolean isPosted() {
        return postedAt != null;
    }

    /** Whether an entry says exactly what this posted row says (a replay of it). */
    public boolean recorded(SheetEntry entry) {
        return isPosted() && paidAmount == entry.amount()
                && Objects.equals(receiptNo, blankToNull(entry.receiptNo()))
                && Objects.equals(attendance, entry.attendance());
    }

    void post(SheetEntry entry, Long repaymentId, String by, Instant at) {
        if (isPosted()) {
            throw new IllegalStateException("row " + id + " is already posted");
        }
        this.clientKey = blankToNull(entry.key());
        this.paidAmount = entry.amount();
        this.receiptNo = blankToNull(entry.receiptNo());
        this.attendance = entry.attendance();
        this.repaymentId = repaymentId;
        this.postedBy = by;
        this.postedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public long getLoanId() { return loanId; }
    public long getGroupId() { return groupId; }
    public String getGroupName() { return groupName; }
    public String getVillage() { return village; }
    public String getChairName() { return chairName; }
    public int getMemberCount() { return memberCount; }
    public long getInstallmentDue() { return installmentDue; }
    public long getArrears() { return arrears; }
    /** What the group should bring: the arrears and the installment due at this meeting. */
    public long getToCollect() { return arrears + installmentDue; }
    public long getDaysPastDue() { return daysPastDue; }
    public long getOutstanding() { return outstanding; }
    public String getClientKey() { return clientKey; }
    public Long getPaidAmount() { return paidAmount; }
    public String getReceiptNo() { return receiptNo; }
    public Integer getAttendance() { return attendance; }
    public Long getRepaymentId() { return repaymentId; }
    public String getPostedBy() { return postedBy; }
    public Instant getPostedAt() { return postedAt; }
}
