package id.berdaya.domain.wrse.goods;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.Inputs;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recipient's goods package: goods of her own business field's catalogue, summing to at most the
 * entitlement (the remainder is shown, never paid out), with the planned delivery day; at the
 * handover what was delivered per item and the two witnesses. Chosen again freely until delivered.
 */
@KeepsHistory
@Entity
@Table(name = "wrse_goods_package")
public class GoodsPackage {

    static final int MAX_ITEMS = 30;
    static final int MAX_QUANTITY = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "business_field", nullable = false, length = 20)
    private String businessField;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "entitlement", nullable = false)
    private long entitlement;

    @Column(name = "delivery_date", nullable = false)
    private LocalDate deliveryDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wrse_package_item", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "position")
    private List<PackageItem> items = new ArrayList<>();

    @Column(name = "chosen_by", nullable = false, length = 50)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "witness1_name", length = 150)
    private String witness1Name;

    @Column(name = "witness1_role", length = 100)
    private String witness1Role;

    @Column(name = "witness2_name", length = 150)
    private String witness2Name;

    @Column(name = "witness2_role", length = 100)
    private String witness2Role;

    @Version
    private long version;

    /** A good chosen, and how many. */
    public record Choice(CatalogueItem item, Integer quantity) {
    }

    /** A witness to the handover. */
    public record Witness(String name, String role) {
    }

    protected GoodsPackage() {
        // for JPA
    }

    public GoodsPackage(long applicationId, String businessField, String districtCode, Rupiah entitlement) {
        this.applicationId = applicationId;
        this.businessField = Inputs.required("businessField", businessField);
        this.districtCode = districtCode;
        this.entitlement = entitlement.amount();
    }

    /**
     * Replaces the package's goods, refusing by name: an item of another field's catalogue or withdrawn
     * ({@code items[i].catalogueItemId}), a quantity out of 1–1000 ({@code items[i].quantity}), a good twice,
     * no goods or a total above the entitlement ({@code items}), no delivery day ({@code deliveryDate}).
     */
    public void choose(List<Choice> choices, LocalDate deliveryDate, String by, Instant at) {
        requireOpen();
        Inputs.check(choices != null && !choices.isEmpty(), "items", "choose at least one good", "pilih paling sedikit satu barang");
        Inputs.check(choices.size() <= MAX_ITEMS, "items", "at most " + MAX_ITEMS + " goods", "paling banyak " + MAX_ITEMS + " barang");
        List<PackageItem> chosen = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String field = "items[" + i + "]";
            CatalogueItem item = Inputs.required(field + ".catalogueItemId", c.item());
            Inputs.check(item.getBusinessField().equals(businessField), field + ".catalogueItemId",
                    "'" + item.getName() + "' is in the " + item.getBusinessField() + " catalogue, not in her field's ("
                            + businessField + ")",
                    "'" + item.getName() + "' termasuk katalog " + item.getBusinessField() + ", bukan katalog bidang usahanya ("
                            + businessField + ")");
            Inputs.check(item.isActive(), field + ".catalogueItemId", "'" + item.getName() + "' has been withdrawn from the catalogue",
                    "'" + item.getName() + "' sudah ditarik dari katalog");
            Inputs.check(seen.add(item.getId() == null ? item : item.getId()), field + ".catalogueItemId", "'" + item.getName() + "' is chosen twice",
                    "'" + item.getName() + "' dipilih dua kali");
            Integer quantity = Inputs.required(field + ".quantity", c.quantity());
            Inputs.check(quantity >= 1 && quantity <= MAX_QUANTITY, field + ".quantity", "the quantity must be 1 to " + MAX_QUANTITY,
                    "jumlah harus 1 sampai " + MAX_QUANTITY);
            chosen.add(new PackageItem(item, quantity));
            total += item.getUnitPrice() * quantity;
        }
        if (total > entitlement) {
            throw new InvalidInputException("items",
                    "the package totals " + Rupiah.of(total) + ", " + Rupiah.of(total - entitlement) + " above the entitlement of "
                            + Rupiah.of(entitlement),
                    "nilai paket " + Rupiah.of(total) + ", melebihi hak bantuan " + Rupiah.of(entitlement) + " sebesar "
                            + Rupiah.of(total - entitlement));
        }
        this.deliveryDate = Inputs.required("deliveryDate", deliveryDate);
        items.clear();
        items.addAll(chosen);
        this.chosenBy = by;
        this.chosenAt = at;
    }

    /**
     * Records the handover: how many of each item were delivered (0 to the quantity chosen, in the
     * package's order), the day, and two named witnesses.
     */
    public void deliver(List<Integer> delivered, LocalDate on, List<Witness> witnesses) {
        requireOpen();
        Inputs.required("deliveredOn", on);
        Inputs.check(delivered != null && delivered.size() == items.size(), "delivered",
                "give the delivered quantity of each of the " + items.size() + " items",
                "isi jumlah yang diserahkan untuk tiap " + items.size() + " barang");
        for (int i = 0; i < items.size(); i++) {
            Integer d = Inputs.required("delivered[" + i + "]", delivered.get(i));
            Inputs.check(d >= 0 && d <= items.get(i).getQuantity(), "delivered[" + i + "]",
                    "between 0 and the " + items.get(i).getQuantity() + " chosen", "antara 0 dan " + items.get(i).getQuantity()
                            + " yang dipilih");
        }
        Inputs.check(witnesses != null && witnesses.size() == 2, "witnesses", "the minutes need two witnesses",
                "berita acara memerlukan dua saksi");
        for (int i = 0; i < 2; i++) {
            Inputs.requiredText("witnesses[" + i + "].name", witnesses.get(i).name(), 150);
            Inputs.requiredText("witnesses[" + i + "].role", witnesses.get(i).role(), 100);
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).deliver(delivered.get(i));
        }
        this.deliveredOn = on;
        this.witness1Name = witnesses.get(0).name().strip();
        this.witness1Role = witnesses.get(0).role().strip();
        this.witness2Name = witnesses.get(1).name().strip();
        this.witness2Role = witnesses.get(1).role().strip();
    }

    private void requireOpen() {
        if (deliveredOn != null) {
            throw new StateConflictException("The package of application " + applicationId + " was delivered on " + deliveredOn,
                    "Paket permohonan " + applicationId + " sudah diserahkan pada " + deliveredOn);
        }
    }

    public Rupiah total() {
        return Rupiah.of(items.stream().mapToLong(PackageItem::value).sum());
    }

    /** What the goods leave of the entitlement. */
    public Rupiah remainder() {
        return Rupiah.of(entitlement).minus(total());
    }

    public Rupiah deliveredTotal() {
        return Rupiah.of(items.stream().mapToLong(PackageItem::deliveredValue).sum());
    }

    public List<Witness> witnesses() {
        return witness1Name == null ? List.of() : List.of(new Witness(witness1Name, witness1Role), new Witness(witness2Name, witness2Role));
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getBusinessField() {
        return businessField;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public Rupiah getEntitlement() {
        return Rupiah.of(entitlement);
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public List<PackageItem> getItems() {
        return List.copyOf(items);
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }
}
