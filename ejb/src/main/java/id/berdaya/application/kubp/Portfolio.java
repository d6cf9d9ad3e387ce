package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.shared.Rupiah;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The KUBP portfolio on one date: one line per district of Kutai Kartanegara, and the total, graded on
 * the arrears ladder in force (par30 and par90 are beyond its first and last step: 30 and 90 days by default).
 */
public record Portfolio(LocalDate asOf, List<Line> districts, Line total, ArrearsLadder ladder) {

    /**
     * @param groups groups founded by the date
     * @param activeLoans loans on the books on the date (disbursed, not paid off or written off)
     * @param par30 share of the outstanding principal in loans beyond the ladder's first step (30 days by default)
     * @param par90 the same beyond its last step (90 days by default)
     */
    public record Line(String districtCode, String name, long groups, long activeLoans, Rupiah outstandingPrincipal,
            Rupiah arrearsAmount, long loansInArrears, BigDecimal par30, BigDecimal par90) {
    }

    /** A loan behind on its installments on the date, for the drill-down from a district. */
    public record LoanInArrears(long loanId, long groupId, String groupName, String village, String districtCode,
            Rupiah outstandingPrincipal, Rupiah arrearsAmount, long daysPastDue, String agingBucket) {
    }
}
