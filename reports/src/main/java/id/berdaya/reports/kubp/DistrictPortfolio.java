package id.berdaya.reports.kubp;

/**
 * One district's loans as of the report date (or the total line): how many are on the books, what
 * is outstanding and in arrears, and PAR30/PAR90 as fractions (0.1234) as the ledger computed them.
 */
public record DistrictPortfolio(String code, String district, long activeLoans, long outstanding, long arrears,
        double par30, double par90) {
}
