package id.berdaya.rules.wrse;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A social registry that lists the applicant's household (DTKS, P3KE, DTSEN, REGSOSEK), with the
 * welfare decile where the registry ranks households (P3KE, DTSEN) and the date of the extract.
 */
public final class RegistryListing {

    private final String name;
    private final Integer decile;
    private final LocalDate asOf;

    public RegistryListing(String name, Integer decile) {
        this(name, decile, null);
    }

    public RegistryListing(String name, Integer decile, LocalDate asOf) {
        this.name = Objects.requireNonNull(name, "name");
        this.decile = decile;
        this.asOf = asOf;
    }

    public String getName() {
        return name;
    }

    /** Welfare decile 1 (poorest) to 10, or null where the registry does not rank. */
    public Integer getDecile() {
        return decile;
    }

    /** The date of the registry extract, or null if unknown. */
    public LocalDate getAsOf() {
        return asOf;
    }

    @Override
    public String toString() {
        return decile == null ? name : name + " desil " + decile;
    }
}
