package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.kubp.sheet.CollectionSheetRow;
import id.berdaya.domain.kubp.sheet.SheetEntry;
import java.io.Serializable;
import java.util.UUID;

/**
 * One row of a sheet on the entry page: its figures and what was collected. Each row gets its own
 * key when the page is opened, so pressing "post" twice (or reloading the answer) posts nothing twice.
 */
public class SheetEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long loanId;
    private final int lineNo;
    private final String groupName;
    private final String village;
    private final String chairName;
    private final int memberCount;
    private final long arrears;
    private final long installmentDue;
    private final long toCollect;
    private final long daysPastDue;
    private final boolean posted;
    private final Long repaymentId;
    private final String key;
    private Long amount;
    private String receiptNo;
    private Integer attendance;

    SheetEntryForm(CollectionSheetRow r) {
        this.loanId = r.getLoanId();
        this.lineNo = r.getLineNo();
        this.groupName = r.getGroupName();
        this.village = r.getVillage();
        this.chairName = r.getChairName();
        this.memberCount = r.getMemberCount();
        this.arrears = r.getArrears();
        this.installmentDue = r.getInstallmentDue();
        this.toCollect = r.getToCollect();
        this.daysPastDue = r.getDaysPastDue();
        this.posted = r.isPosted();
        this.repaymentId = r.getRepaymentId();
        this.key = r.isPosted() && r.getClientKey() != null ? r.getClientKey() : "ui-" + UUID.randomUUID();
        this.amount = r.getPaidAmount();
        this.receiptNo = r.getReceiptNo();
        this.attendance = r.getAttendance();
    }

    /** Null when nothing was entered on this row: it is left for a later posting. */
    SheetEntry toEntry() {
        if (amount == null && (receiptNo == null || receiptNo.isBlank()) && attendance == null) {
            return null;
        }
        return new SheetEntry(loanId, key, amount == null ? 0 : amount, receiptNo, attendance);
    }

    public long getLoanId() { return loanId; }
    public int getLineNo() { return lineNo; }
    public String getGroupName() { return groupName; }
    public String getVillage() { return village; }
    public String getChairName() { return chairName; }
    public int getMemberCount() { return memberCount; }
    public long getArrears() { return arrears; }
    public long getInstallmentDue() { return installmentDue; }
    public long getToCollect() { return toCollect; }
    public long getDaysPastDue() { return daysPastDue; }
    public boolean isPosted() { return posted; }
    public Long getRepaymentId() { return repaymentId; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getReceiptNo() { return receiptNo; }
    public void setReceiptNo(String receiptNo) { this.receiptNo = receiptNo; }
    public Integer getAttendance() { return attendance; }
    public void setAttendance(Integer attendance) { this.attendance = attendance; }
}
