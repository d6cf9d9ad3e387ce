package id.berdaya.domain.kubp.loan;

import id.berdaya.rules.kubp.KubpTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The terms a loan got from the KUBP rule set in force when it was applied for, with that
 * version's id: later rule changes apply to later loans only, and letters can quote these.
 */
@Embeddable
public class LoanTerms {

    @Column(name = "rule_set_version", nullable = false, length = 40)
    private String ruleSetVersion;

    @Column(name = "interest_rate_percent", nullable = false, precision = 7, scale = 4)
    private BigDecimal interestRatePercent;

    @Column(name = "collateral_required", nullable = false)
    private boolean collateralRequired;

    @Column(name = "max_principal_per_member", nullable = false)
    private long maxPrincipalPerMember;

    @Column(name = "max_principal_per_group", nullable = false)
    private long maxPrincipalPerGroup;

    @Column(name = "min_installments", nullable = false)
    private int minInstallments;

    @Column(name = "max_installments", nullable = false)
    private int maxInstallments;

    @Column(name = "min_grace_months", nullable = false)
    private int minGraceMonths;

    @Column(name = "max_grace_months", nullable = false)
    private int maxGraceMonths;

    protected LoanTerms() {
        // for JPA
    }

    public static LoanTerms of(KubpTerms terms, String ruleSetVersion) {
        LoanTerms kept = new LoanTerms();
        kept.ruleSetVersion = ruleSetVersion;
        kept.interestRatePercent = terms.getInterestRatePercent();
        kept.collateralRequired = terms.isCollateralRequired();
        kept.maxPrincipalPerMember = terms.getMaxPrincipalPerMember();
        kept.maxPrincipalPerGroup = terms.getMaxPrincipalPerGroup();
        kept.minInstallments = terms.getMinInstallments();
        kept.maxInstallments = terms.getMaxInstallments();
        kept.minGraceMonths = terms.getMinGraceMonths();
        kept.maxGraceMonths = terms.getMaxGraceMonths();
        return kept;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public BigDecimal getInterestRatePercent() {
        return interestRatePercent;
    }

    public boolean isCollateralRequired() {
        return collateralRequired;
    }

    public long getMaxPrincipalPerMember() {
        return maxPrincipalPerMember;
    }

    public long getMaxPrincipalPerGroup() {
        return maxPrincipalPerGroup;
    }

    public int getMinInstallments() {
        return minInstallments;
    }

    public int getMaxInstallments() {
        return maxInstallments;
    }

    public int getMinGraceMonths() {
        return minGraceMonths;
    }

    public int getMaxGraceMonths() {
        return maxGraceMonths;
    }
}
