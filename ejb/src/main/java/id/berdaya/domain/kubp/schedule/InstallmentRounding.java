package id.berdaya.domain.kubp.schedule;

/**
 * The project's one rounding rule, shared by parameter validation and the default generator so
 * the two can never disagree about which parameters work.
 */
final class InstallmentRounding {

    private InstallmentRounding() {
    }

    /**
     * P / n rounded UP to a multiple of m, for n >= 2 (a single installment is simply P).
     * Rounding the integer ceiling of P / n up to m gives the same result as rounding the exact
     * fraction, so no decimals are needed.
     */
    static long regularInstallment(long principal, int installments, long roundingMultiple) {
        if (installments < 2) {
            throw new IllegalArgumentException("A loan of one installment has no regular ones");
        }
        long perInstallment = ceilDiv(principal, installments);
        if (roundingMultiple >= perInstallment) {
            return roundingMultiple;
        }
        // Less than 2 * perInstallment, and perInstallment <= ceil(P / 2): always fits a long.
        return ceilDiv(perInstallment, roundingMultiple) * roundingMultiple;
    }

    /**
     * Whether the first n - 1 installments leave a positive remainder for the last one, decided
     * by division so that huge multiples cannot overflow: (n - 1) * r < P exactly when
     * r <= (P - 1) / (n - 1).
     */
    static boolean leavesPositiveLastInstallment(
            long principal, int installments, long regularInstallment) {
        return regularInstallment <= (principal - 1) / (installments - 1);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return dividend / divisor + (dividend % divisor == 0 ? 0 : 1);
    }
}
