package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.shared.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * Portfolio at risk over a set of loans on one date: the share of outstanding principal held by
 * loans more days past due than the first step of the {@link ArrearsLadder} (PAR30 by default) or
 * than its last step (PAR90 by default); the API keeps the names par30 and par90. The whole outstanding principal of a
 * late loan counts, not only its arrears, because that is what is at risk.
 *
 * <p>Ratios are fractions with four decimals, rounded half up (0.1234 is 12.34 %); display
 * rounds further. A portfolio with nothing outstanding has nothing at risk, so both are 0.
 */
public final class PortfolioAtRisk {

    public static final int SCALE = 4;
    private final Rupiah totalOutstanding;
    private final Rupiah outstandingOver30;
    private final Rupiah outstandingOver90;

    private PortfolioAtRisk(Collection<LoanExposure> loans, ArrearsLadder ladder) {
        List<LoanExposure> copy = List.copyOf(loans);
        this.totalOutstanding = outstandingOver(copy, -1);
        this.outstandingOver30 = outstandingOver(copy, ladder.step1());
        this.outstandingOver90 = outstandingOver(copy, ladder.step3());
    }

    public static PortfolioAtRisk of(Collection<LoanExposure> loans, ArrearsLadder ladder) {
        return new PortfolioAtRisk(loans, ladder);
    }

    public Rupiah totalOutstanding() {
        return totalOutstanding;
    }

    /** Outstanding principal of the loans beyond the ladder's first step (30 days by default). */
    public Rupiah outstandingOver30() {
        return outstandingOver30;
    }

    /** Outstanding principal of the loans beyond the ladder's last step (90 days by default). */
    public Rupiah outstandingOver90() {
        return outstandingOver90;
    }

    public BigDecimal par30() {
        return ratio(outstandingOver30);
    }

    public BigDecimal par90() {
        return ratio(outstandingOver90);
    }

    private BigDecimal ratio(Rupiah atRisk) {
        if (totalOutstanding.isZero()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(atRisk.amount())
                .divide(BigDecimal.valueOf(totalOutstanding.amount()), SCALE, RoundingMode.HALF_UP);
    }

    private static Rupiah outstandingOver(List<LoanExposure> loans, long days) {
        return loans.stream()
                .filter(loan -> loan.daysPastDue() > days)
                .map(LoanExposure::outstandingPrincipal)
                .reduce(Rupiah.ZERO, Rupiah::plus);
    }
}
