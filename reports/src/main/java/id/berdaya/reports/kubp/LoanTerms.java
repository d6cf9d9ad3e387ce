package id.berdaya.reports.kubp;

/**
 * The terms in force when the loan was approved, as the rules stated them: interest in percent a year,
 * whether collateral is asked, which rule set decided (e.g. "KUBP v3, berlaku sejak 1 Januari 2026"), and
 * the most days past due that still allows a repeat loan (the last step of the arrears ladder).
 */
public record LoanTerms(int interestPercent, boolean collateralRequired, String rulesInForce, int repeatMaxDaysPastDue) {
}
