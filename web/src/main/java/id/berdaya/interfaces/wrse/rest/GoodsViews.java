package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.GoodsPackageService;
import id.berdaya.domain.wrse.goods.CatalogueItem;
import id.berdaya.domain.wrse.goods.GoodsPackage;
import id.berdaya.domain.wrse.goods.PackageItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies and answers of the catalogue and the goods package. */
public final class GoodsViews {

    private GoodsViews() {
    }

    /** A catalogue good as a supervisor enters or changes it; {@code active} false withdraws it. */
    public record CatalogueItemRequest(@Size(max = 20) String businessField, @Size(max = 200) String name,
            @Size(max = 30) String unit, @Positive @Max(100_000_000L) Long unitPrice, @Size(max = 200) String supplier,
            Boolean active) {
    }

    public record CatalogueItemView(long id, String businessField, String name, String unit, long unitPrice, String supplier,
            boolean active) {
        static CatalogueItemView of(CatalogueItem c) {
            return new CatalogueItemView(c.getId(), c.getBusinessField(), c.getName(), c.getUnit(), c.getUnitPrice(),
                    c.getSupplier(), c.isActive());
        }
    }

    public record ItemChoiceRequest(Long catalogueItemId, Integer quantity) {
    }

    /** The goods chosen and the day they are to be delivered. */
    public record PackageRequest(@Size(max = 30) List<@Valid ItemChoiceRequest> items, LocalDate deliveryDate) {
        List<GoodsPackageService.ItemChoice> choices() {
            return items == null ? null : items.stream()
                    .map(i -> i == null ? null : new GoodsPackageService.ItemChoice(i.catalogueItemId(), i.quantity())).toList();
        }
    }

    public record WitnessRequest(@Size(max = 150) String name, @Size(max = 100) String role) {
    }

    /** The handover: the quantity delivered of each item in the package's order, the day, two witnesses. */
    public record HandoverRequest(@Size(max = 30) List<Integer> delivered, LocalDate deliveredOn,
            @Size(max = 2) List<@Valid WitnessRequest> witnesses) {
        List<GoodsPackage.Witness> witnessList() {
            return witnesses == null ? null : witnesses.stream()
                    .map(w -> w == null ? new GoodsPackage.Witness(null, null) : new GoodsPackage.Witness(w.name(), w.role())).toList();
        }
    }

    public record PackageItemView(int position, long catalogueItemId, String name, String unit, long unitPrice,
            String supplier, int quantity, long value, Integer deliveredQuantity) {
    }

    public record WitnessView(String name, String role) {
    }

    public record PackageView(long applicationId, String businessField, long entitlement, long total, long remainder,
            LocalDate deliveryDate, List<PackageItemView> items, LocalDate deliveredOn, long deliveredTotal,
            List<WitnessView> witnesses) {
        static PackageView of(GoodsPackage p) {
            List<PackageItem> items = p.getItems();
            List<PackageItemView> lines = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                PackageItem it = items.get(i);
                lines.add(new PackageItemView(i, it.getCatalogueItemId(), it.getName(), it.getUnit(), it.getUnitPrice(),
                        it.getSupplier(), it.getQuantity(), it.value(), it.getDeliveredQuantity()));
            }
            return new PackageView(p.getApplicationId(), p.getBusinessField(), p.getEntitlement().amount(), p.total().amount(),
                    p.remainder().amount(), p.getDeliveryDate(), lines, p.getDeliveredOn(), p.deliveredTotal().amount(),
                    p.witnesses().stream().map(w -> new WitnessView(w.name(), w.role())).toList());
        }
    }

    public record DeliveryLineView(long applicationId, String recipient, String village, String item, int quantity,
            String unit, long unitPrice, String supplier) {
        static DeliveryLineView of(GoodsPackageService.DeliveryLine l) {
            return new DeliveryLineView(l.applicationId(), l.recipient(), l.village(), l.name(), l.quantity(), l.unit(),
                    l.unitPrice(), l.supplier());
        }
    }
}
