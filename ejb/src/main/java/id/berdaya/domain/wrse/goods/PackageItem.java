package id.berdaya.domain.wrse.goods;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A line of a package: the catalogue good as it was when chosen (name, unit, price, supplier), how
 * many, and how many were delivered at the handover.
 */
@Embeddable
public class PackageItem {

    @Column(name = "catalogue_item_id", nullable = false)
    private long catalogueItemId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "unit", nullable = false, length = 30)
    private String unit;

    @Column(name = "unit_price", nullable = false)
    private long unitPrice;

    @Column(name = "supplier", nullable = false, length = 200)
    private String supplier;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "delivered_quantity")
    private Integer deliveredQuantity;

    protected PackageItem() {
        // for JPA
    }

    PackageItem(CatalogueItem item, int quantity) {
        this.catalogueItemId = item.getId();
        this.name = item.getName();
        this.unit = item.getUnit();
        this.unitPrice = item.getUnitPrice();
        this.supplier = item.getSupplier();
        this.quantity = quantity;
    }

    void deliver(int delivered) {
        this.deliveredQuantity = delivered;
    }

    /** The line's value in rupiah: quantity × unit price. */
    public long value() {
        return unitPrice * quantity;
    }

    /** The delivered part's value; zero before the handover. */
    public long deliveredValue() {
        return deliveredQuantity == null ? 0 : unitPrice * deliveredQuantity;
    }

    public long getCatalogueItemId() {
        return catalogueItemId;
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

    public int getQuantity() {
        return quantity;
    }

    public Integer getDeliveredQuantity() {
        return deliveredQuantity;
    }
}
