package id.berdaya.reports.kubp;

/**
 * One district's loans as of the report date: how many are active, what is outstanding and in
 * arrears, and the outstanding principal of loans more than 30 and 90 days past due (PAR30, PAR90).
 */
public record DistrictPortfolio(String code, String district, int activeLoans, long outstanding, long arrears,
        long outstandingOver30, long outstandingOver90) {

    /** PAR30 as a fraction (0.1234); zero when nothing is outstanding. */
    public double par30() {
        return outstanding == 0 ? 0 : (double) outstandingOver30 / outstanding;
    }

    public double par90() {
        return outstanding == 0 ? 0 : (double) outstandingOver90 / outstanding;
    }
}
