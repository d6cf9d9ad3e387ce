package id.berdaya.interfaces.wrse.web;

import id.berdaya.application.wrse.GoodsPackageService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.domain.wrse.goods.CatalogueItem;
import id.berdaya.domain.wrse.goods.GoodsPackage;
import id.berdaya.domain.wrse.goods.PackageItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The goods page: supervisors add to a business field's catalogue; with {@code application} a loan
 * officer or supervisor chooses a verified recipient's package from her field's catalogue (the total
 * and the remainder shown) and records its handover per item before two witnesses.
 */
@Named
@ViewScoped
public class GoodsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GoodsPackageService goods;

    @Inject
    private WrseQueryService queries;

    @Inject
    private FacesErrors errors;

    private Long applicationId;
    private transient WrseApplication application;
    private transient GoodsPackage goodsPackage;
    private boolean packageLoaded;

    private String field;
    private String name;
    private String unit;
    private Long unitPrice;
    private String supplier;

    /** Quantities by catalogue item, in the catalogue's order. */
    private List<Line> lines;
    private LocalDate deliveryDate = WrseProgramme.today(Instant.now());
    private List<Count> delivered;
    private LocalDate deliveredOn = WrseProgramme.today(Instant.now());
    private String witness1Name;
    private String witness1Role;
    private String witness2Name;
    private String witness2Role;

    /** A catalogue good on the package form with the quantity chosen. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String label;
        private Integer quantity;

        Line(CatalogueItem item, Integer quantity) {
            this.id = item.getId();
            this.label = item.getName() + " (" + item.getUnit() + ", Rp " + String.format("%,d", item.getUnitPrice()).replace(',', '.')
                    + ", " + item.getSupplier() + ")";
            this.quantity = quantity;
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    public List<CatalogueItem> getCatalogue() {
        return goods.catalogue(null);
    }

    public WrseApplication getApplication() {
        if (application == null && applicationId != null) {
            application = queries.find(applicationId);
        }
        return application;
    }

    public GoodsPackage getGoodsPackage() {
        if (!packageLoaded && applicationId != null) {
            try {
                goodsPackage = goods.packageOf(applicationId);
            } catch (NotFoundException none) {
                goodsPackage = null;
            }
            packageLoaded = true;
        }
        return goodsPackage;
    }

    public List<Line> getLines() {
        if (lines == null) {
            lines = new ArrayList<>();
            String herField = getApplication() == null ? null : getApplication().getApplicant().getBusinessField();
            for (CatalogueItem item : herField == null ? List.<CatalogueItem>of() : goods.catalogue(herField)) {
                Integer chosen = getGoodsPackage() == null ? null : getGoodsPackage().getItems().stream()
                        .filter(i -> i.getCatalogueItemId() == item.getId()).map(PackageItem::getQuantity).findFirst().orElse(null);
                lines.add(new Line(item, chosen));
            }
        }
        return lines;
    }

    /** What was delivered of each package item, as typed; the quantity chosen until changed. */
    public List<Count> getDelivered() {
        if (delivered == null) {
            delivered = new ArrayList<>();
            if (getGoodsPackage() != null) {
                getGoodsPackage().getItems().forEach(i -> delivered.add(new Count(i.getQuantity())));
            }
        }
        return delivered;
    }

    /** A typed number the form binds to (EL cannot convert into a List<Integer> element). */
    public static class Count implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer value;

        Count(Integer value) {
            this.value = value;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    public void addItem() {
        try {
            CatalogueItem item = goods.addItem(field, name, unit, unitPrice, supplier);
            errors.info("goods.added", item.getName());
            name = null;
            unit = null;
            unitPrice = null;
            supplier = null;
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            errors.show(e, "catalogueForm");
        }
    }

    public void choose() {
        try {
            List<GoodsPackageService.ItemChoice> choices = getLines().stream()
                    .filter(l -> l.getQuantity() != null && l.getQuantity() != 0)
                    .map(l -> new GoodsPackageService.ItemChoice(l.getId(), l.getQuantity())).toList();
            goodsPackage = goods.choose(applicationId, choices, deliveryDate);
            packageLoaded = true;
            delivered = null;
            errors.info("goods.chosen");
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            errors.show(e, "packageForm");
        }
    }

    public void handOver() {
        try {
            goodsPackage = goods.handOver(applicationId, getDelivered().stream().map(Count::getValue).toList(), deliveredOn, List.of(
                    new GoodsPackage.Witness(witness1Name, witness1Role), new GoodsPackage.Witness(witness2Name, witness2Role)));
            application = null;
            errors.info("goods.handedOver");
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            errors.show(e, "handoverForm");
        }
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(Long unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public void setDeliveryDate(LocalDate deliveryDate) {
        this.deliveryDate = deliveryDate;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public String getWitness1Name() {
        return witness1Name;
    }

    public void setWitness1Name(String witness1Name) {
        this.witness1Name = witness1Name;
    }

    public String getWitness1Role() {
        return witness1Role;
    }

    public void setWitness1Role(String witness1Role) {
        this.witness1Role = witness1Role;
    }

    public String getWitness2Name() {
        return witness2Name;
    }

    public void setWitness2Name(String witness2Name) {
        this.witness2Name = witness2Name;
    }

    public String getWitness2Role() {
        return witness2Role;
    }

    public void setWitness2Role(String witness2Role) {
        this.witness2Role = witness2Role;
    }
}
