package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanStanding;
import java.io.Serializable;
import java.time.LocalDate;

/** One loan in a table, with its figures on the page's date; getters because EL cannot read records. */
public class LoanRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long groupId;
    private final String groupName;
    private final String village;
    private final String districtCode;
    private final String status;
    private final long principal;
    private final long outstandingPrincipal;
    private final long arrearsAmount;
    private final long daysPastDue;
    private final String agingBucket;
    private final LocalDate disbursedOn;

    public LoanRow(Loan loan, LocalDate asOf, id.berdaya.domain.kubp.ledger.ArrearsLadder ladder) {
        LoanStanding standing = loan.standingOn(asOf);
        this.id = loan.getId();
        this.groupId = loan.getGroup().getId();
        this.groupName = loan.getGroup().getName();
        this.village = loan.getGroup().getVillage();
        this.districtCode = loan.getGroup().getDistrictCode();
        this.status = standing.status().name();
        this.principal = loan.getPrincipal().amount();
        this.outstandingPrincipal = standing.outstandingPrincipal().amount();
        this.arrearsAmount = standing.arrearsAmount().amount();
        this.daysPastDue = standing.daysPastDue();
        this.agingBucket = standing.agingBucket(ladder).name();
        this.disbursedOn = loan.getEvents().getDisbursedOn();
    }

    public long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getVillage() {
        return village;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getStatus() {
        return status;
    }

    public long getPrincipal() {
        return principal;
    }

    public long getOutstandingPrincipal() {
        return outstandingPrincipal;
    }

    public long getArrearsAmount() {
        return arrearsAmount;
    }

    public long getDaysPastDue() {
        return daysPastDue;
    }

    public String getAgingBucket() {
        return agingBucket;
    }

    public LocalDate getDisbursedOn() {
        return disbursedOn;
    }

    /** The bucket's label in the page's language, from the days of the ladder in force. */
    public String getAgingBucketLabel() {
        return BucketLabel.of(getAgingBucket());
    }
}
