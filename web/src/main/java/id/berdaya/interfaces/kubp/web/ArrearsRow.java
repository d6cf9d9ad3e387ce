package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.Portfolio;
import java.io.Serializable;

/** A loan in arrears in the drill-down from a district. */
public class ArrearsRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Portfolio.LoanInArrears loan;

    ArrearsRow(Portfolio.LoanInArrears loan) {
        this.loan = loan;
    }

    public long getLoanId() {
        return loan.loanId();
    }

    public String getGroupName() {
        return loan.groupName();
    }

    public String getVillage() {
        return loan.village();
    }

    public long getOutstandingPrincipal() {
        return loan.outstandingPrincipal().amount();
    }

    public long getArrearsAmount() {
        return loan.arrearsAmount().amount();
    }

    public long getDaysPastDue() {
        return loan.daysPastDue();
    }

    public String getAgingBucket() {
        return loan.agingBucket();
    }

    /** The bucket's label in the page's language, from the days of the ladder in force. */
    public String getAgingBucketLabel() {
        return BucketLabel.of(getAgingBucket());
    }
}
