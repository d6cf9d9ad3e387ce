package id.berdaya.rules.kubp;

import java.math.BigDecimal;
import java.util.List;

/**
 * The loan terms in force, filled in by the terms rule (terms.drl) so that the other rules, the UI
 * and the letters all read the same figures. Setters exist for that rule only.
 */
public final class KubpTerms {

    private BigDecimal interestRatePercent;
    private BigDecimal penaltyInterestRatePercent;
    private long adminFee;
    private boolean collateralRequired;
    private int minGroupSize;
    private int maxGroupSize;
    private int minMemberAge;
    private long maxPrincipalPerMember;
    private long maxPrincipalPerGroup;
    private int minInstallments;
    private int maxInstallments;
    private int minGraceMonths;
    private int maxGraceMonths;
    private int maxDaysPastDueForRepeat;
    // Terms rules written before the ladder was a parameter do not set it: they had the shipped ladder.
    private int arrearsStep1Days = ShippedLadder.STEP_1;
    private int arrearsStep2Days = ShippedLadder.STEP_2;
    private int arrearsStep3Days = ShippedLadder.STEP_3;
    private List<String> districtCodes = List.of();

    /** Yearly interest, in percent. */
    public BigDecimal getInterestRatePercent() {
        return interestRatePercent;
    }

    public void setInterestRatePercent(BigDecimal interestRatePercent) {
        this.interestRatePercent = interestRatePercent;
    }

    public BigDecimal getPenaltyInterestRatePercent() {
        return penaltyInterestRatePercent;
    }

    public void setPenaltyInterestRatePercent(BigDecimal penaltyInterestRatePercent) {
        this.penaltyInterestRatePercent = penaltyInterestRatePercent;
    }

    /** Administration fee in whole rupiah. */
    public long getAdminFee() {
        return adminFee;
    }

    public void setAdminFee(long adminFee) {
        this.adminFee = adminFee;
    }

    public boolean isCollateralRequired() {
        return collateralRequired;
    }

    public void setCollateralRequired(boolean collateralRequired) {
        this.collateralRequired = collateralRequired;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public void setMinGroupSize(int minGroupSize) {
        this.minGroupSize = minGroupSize;
    }

    public int getMaxGroupSize() {
        return maxGroupSize;
    }

    public void setMaxGroupSize(int maxGroupSize) {
        this.maxGroupSize = maxGroupSize;
    }

    public int getMinMemberAge() {
        return minMemberAge;
    }

    public void setMinMemberAge(int minMemberAge) {
        this.minMemberAge = minMemberAge;
    }

    public long getMaxPrincipalPerMember() {
        return maxPrincipalPerMember;
    }

    public void setMaxPrincipalPerMember(long maxPrincipalPerMember) {
        this.maxPrincipalPerMember = maxPrincipalPerMember;
    }

    public long getMaxPrincipalPerGroup() {
        return maxPrincipalPerGroup;
    }

    public void setMaxPrincipalPerGroup(long maxPrincipalPerGroup) {
        this.maxPrincipalPerGroup = maxPrincipalPerGroup;
    }

    public int getMinInstallments() {
        return minInstallments;
    }

    public void setMinInstallments(int minInstallments) {
        this.minInstallments = minInstallments;
    }

    public int getMaxInstallments() {
        return maxInstallments;
    }

    public void setMaxInstallments(int maxInstallments) {
        this.maxInstallments = maxInstallments;
    }

    public int getMinGraceMonths() {
        return minGraceMonths;
    }

    public void setMinGraceMonths(int minGraceMonths) {
        this.minGraceMonths = minGraceMonths;
    }

    public int getMaxGraceMonths() {
        return maxGraceMonths;
    }

    public void setMaxGraceMonths(int maxGraceMonths) {
        this.maxGraceMonths = maxGraceMonths;
    }

    /** A repeat loan needs every previous loan to have stayed at or below this many days past due. */
    public int getMaxDaysPastDueForRepeat() {
        return maxDaysPastDueForRepeat;
    }

    public void setMaxDaysPastDueForRepeat(int maxDaysPastDueForRepeat) {
        this.maxDaysPastDueForRepeat = maxDaysPastDueForRepeat;
    }

    /** The districts (kecamatan) where groups may borrow. */
    /**
     * The first step of the arrears ladder (ARREARS_STEP_1_DAYS): the first aging bucket ends here,
     * and the first PAR and the first warning (SP-1) count the loans more days past due than this.
     */
    public int getArrearsStep1Days() {
        return arrearsStep1Days;
    }

    public void setArrearsStep1Days(int arrearsStep1Days) {
        this.arrearsStep1Days = arrearsStep1Days;
    }

    /** The second step (ARREARS_STEP_2_DAYS): the second bucket ends here; SP-2 beyond it. */
    public int getArrearsStep2Days() {
        return arrearsStep2Days;
    }

    public void setArrearsStep2Days(int arrearsStep2Days) {
        this.arrearsStep2Days = arrearsStep2Days;
    }

    /**
     * The third step (ARREARS_STEP_3_DAYS): the third bucket ends here; the second PAR, SP-3 and the
     * refusal of a repeat loan count the days beyond it.
     */
    public int getArrearsStep3Days() {
        return arrearsStep3Days;
    }

    public void setArrearsStep3Days(int arrearsStep3Days) {
        this.arrearsStep3Days = arrearsStep3Days;
    }

    public List<String> getDistrictCodes() {
        return districtCodes;
    }

    public void setDistrictCodes(List<String> districtCodes) {
        this.districtCodes = List.copyOf(districtCodes);
    }
}
