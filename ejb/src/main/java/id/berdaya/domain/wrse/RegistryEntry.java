package id.berdaya.domain.wrse;

import id.berdaya.rules.wrse.RegistryListing;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A social registry listing her household: which registry, the welfare decile where it ranks
 * households, and the date of the extract. Kept as data, not as fixed flags, because the
 * registries change (DTSEN replaced DTKS and P3KE in 2025) and the rules follow them.
 */
@Embeddable
public class RegistryEntry {

    @Column(name = "registry", nullable = false, length = 20)
    private String registry;

    @Column(name = "decile")
    private Integer decile;

    @Column(name = "as_of")
    private LocalDate asOf;

    protected RegistryEntry() {
        // for JPA
    }

    public RegistryEntry(String registry, Integer decile, LocalDate asOf) {
        this.registry = Inputs.requiredText("registries.name", registry, 20);
        Inputs.check(decile == null || decile >= 1 && decile <= 10, "registries.decile",
                "decile must be between 1 and 10", "desil harus antara 1 dan 10");
        this.decile = decile;
        this.asOf = asOf;
    }

    public RegistryListing toListing() {
        return new RegistryListing(registry, decile, asOf);
    }

    public String getRegistry() {
        return registry;
    }

    public Integer getDecile() {
        return decile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryEntry other && other.registry.equals(registry)
                && Objects.equals(other.decile, decile) && Objects.equals(other.asOf, asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registry, decile, asOf);
    }
}
