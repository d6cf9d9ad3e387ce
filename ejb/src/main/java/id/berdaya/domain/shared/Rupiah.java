package id.berdaya.domain.shared;

/**
 * An amount of Indonesian rupiah in whole rupiah: IDR has no minor unit in practice, so a
 * {@code long} holds every amount exactly and arithmetic never rounds.
 *
 * <p>Never negative. Every figure the domain keeps in rupiah (principal, installments, payments,
 * balances, arrears) is zero or more, and an over-payment is refused before it is posted; a
 * signed type would let a sign error pass as a valid balance. Sums that leave the {@code long}
 * range throw {@link ArithmeticException} instead of wrapping around.
 */
public record Rupiah(long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    public Rupiah {
        if (amount < 0) {
            throw new IllegalArgumentException("A rupiah amount cannot be negative, was " + amount);
        }
    }

    public static Rupiah of(long amount) {
        return amount == 0 ? ZERO : new Rupiah(amount);
    }

    public Rupiah plus(Rupiah other) {
        try {
            return of(Math.addExact(amount, other.amount));
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException("Rupiah sum overflows: " + amount + " + " + other.amount);
        }
    }

    /** Refuses to go below zero: subtracting more than there is is a bug, not a balance. */
    public Rupiah minus(Rupiah other) {
        if (other.amount > amount) {
            throw new IllegalArgumentException("Cannot subtract " + other + " from " + this
                    + ": the result would be negative");
        }
        return of(amount - other.amount);
    }

    public Rupiah min(Rupiah other) {
        return amount <= other.amount ? this : other;
    }

    public Rupiah max(Rupiah other) {
        return amount >= other.amount ? this : other;
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public boolean isGreaterThan(Rupiah other) {
        return amount > other.amount;
    }

    public boolean isLessThan(Rupiah other) {
        return amount < other.amount;
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    /** Indonesian notation, thousands grouped with dots: {@code Rp 3.000.000}. */
    @Override
    public String toString() {
        String digits = Long.toString(amount);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        StringBuilder text = new StringBuilder("Rp ").append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append('.').append(digits, i, i + 3);
        }
        return text.toString();
    }
}
