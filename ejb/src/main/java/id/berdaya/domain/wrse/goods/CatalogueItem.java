package id.berdaya.domain.wrse.goods;

import id.berdaya.domain.wrse.Inputs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One good of a business field's catalogue: what, per which unit, at what price, from which supplier.
 * A supervisor changes or withdraws it; packages already chosen keep the price they were chosen at.
 */
@Entity
@Table(name = "wrse_catalogue_item")
public class CatalogueItem {

    /** No single good costs more than the whole entitlement could ever be. */
    static final long MAX_UNIT_PRICE = 100_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_field", nullable = false, length = 20)
    private String businessField;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "unit", nullable = false, length = 30)
    private String unit;

    @Column(name = "unit_price", nullable = false)
    private long unitPrice;

    @Column(name = "supplier", nullable = false, length = 200)
    private String supplier;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected CatalogueItem() {
        // for JPA
    }

    /** A new good of {@code businessField} (a code the caller has checked). */
    public CatalogueItem(String businessField, String name, String unit, Long unitPrice, String supplier, String by,
            Instant at) {
        this.businessField = Inputs.requiredText("businessField", businessField, 20);
        set(name, unit, unitPrice, supplier, true, by, at);
    }

    /** Changes its description, price or supplier, or withdraws it ({@code active} false). */
    public void change(String name, String unit, Long unitPrice, String supplier, boolean active, String by, Instant at) {
        set(name, unit, unitPrice, supplier, active, by, at);
    }

    private void set(String name, String unit, Long unitPrice, String supplier, boolean active, String by, Instant at) {
        this.name = Inputs.requiredText("name", name, 200);
        this.unit = Inputs.requiredText("unit", unit, 30);
        Inputs.required("unitPrice", unitPrice);
        Inputs.check(unitPrice > 0 && unitPrice <= MAX_UNIT_PRICE, "unitPrice",
                "the unit price must be more than Rp 0 and at most Rp 100.000.000",
                "harga satuan harus lebih dari Rp 0 dan paling banyak Rp 100.000.000");
        this.unitPrice = unitPrice;
        this.supplier = Inputs.requiredText("supplier", supplier, 200);
        this.active = active;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessField() {
        return businessField;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public String getSupplier() {
        return supplier;
    }

    public boolean isActive() {
        return active;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
