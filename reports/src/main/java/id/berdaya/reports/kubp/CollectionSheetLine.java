package id.berdaya.reports.kubp;

/** One group's line on a printed collection sheet; the paid, receipt, attendance and initials columns are left blank to fill in at the meeting. */
public record CollectionSheetLine(int number, long loanId, String groupName, String village, String chair,
        int members, long arrears, long installmentDue, long daysPastDue, long outstanding) {

    public long toCollect() {
        return arrears + installmentDue;
    }
}
