package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.shared.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * Portfolio at risk over a set of loans on one date: the share of outstanding principal held by
 * loans more than 30 (PAR30) or 90 (PAR90) days past due. The whole outstanding principal of a
 * late loan counts, not only its arrears, because that is what is at risk.
 *
 * <p>Ratios are fractions with four decimals, rounded half up (0.1234 is 12.34 %); display
 * rounds further. A portfolio with nothing outstanding has nothing at risk, so both are 0.
 */
public final class PortfolioAtRisk {

    public static final int SCALE = 4;
    public static final long PAR30_DAYS = 30;
    public static final long PAR90_DAYS = 90;

    private final Rupiah totalOutstanding;
    private final Rupiah outstandingOver30;
    private final Rupiah outstandingOver90;

    private PortfolioAtRisk(Collection<LoanExposure> loans) {
        List<LoanExposure> copy = List.copyOf(loans);
        this.totalOutstanding = outstandingOver(copy, -1);
        this.outstandingOver30 = outstandingOver(copy, PAR30_DAYS);
        this.outstandingOver90 = outstandingOver(copy, PAR90_DAYS);
    }

    public static PortfolioAtRisk of(Collection<LoanExposure> loans) {
        return new PortfolioAtRisk(loans);
    }

    public Rupiah totalOutstanding() {
        return totalOutstanding;
    }

    /** Outstanding principal of the loans with more than 30 days past due. */
    public Rupiah outstandingOver30() {
        return outstandingOver30;
    }

    /** Outstanding principal of the loans with more than 90 days past due. */
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
