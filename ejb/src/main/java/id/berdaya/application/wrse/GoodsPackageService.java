package id.berdaya.application.wrse;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.CodeListRepository;
import id.berdaya.domain.wrse.Inputs;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.domain.wrse.goods.CatalogueItem;
import id.berdaya.domain.wrse.goods.GoodsPackage;
import id.berdaya.domain.wrse.goods.GoodsRepository;
import id.berdaya.domain.wrse.goods.PackageItem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The goods package: supervisors keep the catalogue per business field; loan officers or supervisors
 * choose a verified recipient's package from her field's catalogue and record its handover, which
 * delivers the aid (AID_DELIVERED) at the value actually handed over.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class GoodsPackageService {

    private static final Logger LOG = Logger.getLogger(GoodsPackageService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private GoodsRepository goods;

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private CodeListRepository codes;

    /** One line of a chosen package: which catalogue good, how many. */
    public record ItemChoice(Long catalogueItemId, Integer quantity) {
    }

    /** A line of a supplier's delivery list. */
    public record DeliveryLine(long applicationId, String recipient, String village, String name, int quantity, String unit,
            long unitPrice, String supplier) {
    }

    public List<CatalogueItem> catalogue(String businessField) {
        return goods.catalogue(businessField, false);
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public CatalogueItem addItem(String businessField, String name, String unit, Long unitPrice, String supplier) {
        Inputs.check(businessField != null && codes.isBusinessField(businessField), "businessField",
                "unknown business field " + businessField, "bidang usaha " + businessField + " tidak dikenal");
        CatalogueItem item = new CatalogueItem(businessField, name, unit, unitPrice, supplier, caller(), Instant.now());
        goods.add(item);
        goods.flush();
        LOG.info(() -> "Catalogue item " + item.getId() + " (" + businessField + ") added by " + caller());
        return item;
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public CatalogueItem changeItem(long id, String name, String unit, Long unitPrice, String supplier, boolean active) {
        CatalogueItem item = goods.findItem(id).orElseThrow(() -> new NotFoundException("catalogue item", id));
        item.change(name, unit, unitPrice, supplier, active, caller(), Instant.now());
        return item;
    }

    public GoodsPackage packageOf(long applicationId) {
        load(applicationId);
        return goods.packageOf(applicationId).orElseThrow(() -> new NotFoundException("goods package of application", applicationId));
    }

    /** Chooses (or chooses again) a VERIFIED or TRAINED recipient's package, delivery on {@code deliveryDate}. */
    public GoodsPackage choose(long applicationId, List<ItemChoice> items, LocalDate deliveryDate) {
        WrseApplication application = load(applicationId);
        if (application.getStatus() != ApplicationStatus.VERIFIED && application.getStatus() != ApplicationStatus.TRAINED) {
            throw new StateConflictException("Application " + applicationId + " is " + application.getStatus()
                    + ": a package is chosen once the province has verified her",
                    "Permohonan " + applicationId + " berstatus " + application.getStatus()
                            + ": paket dipilih setelah diverifikasi provinsi");
        }
        Inputs.check(application.getApplicant().getBusinessField() != null, "businessField",
                "she has declared no business field", "pemohon belum menyatakan bidang usaha");
        GoodsPackage goodsPackage = goods.packageOf(applicationId).orElseGet(() -> {
            GoodsPackage fresh = new GoodsPackage(applicationId, application.getApplicant().getBusinessField(),
                    application.getApplicant().getDistrictCode(), WrseProgramme.STANDARD_AID_VALUE);
            return fresh;
        });
        List<GoodsPackage.Choice> choices = new ArrayList<>();
        for (int i = 0; i < (items == null ? 0 : items.size()); i++) {
            ItemChoice c = items.get(i);
            String field = "items[" + i + "].catalogueItemId";
            Long id = Inputs.required(field, c == null ? null : c.catalogueItemId());
            CatalogueItem item = goods.findItem(id).orElseThrow(() -> new id.berdaya.domain.shared.InvalidInputException(field,
                    "no catalogue item " + id, "barang katalog " + id + " tidak ada"));
            choices.add(new GoodsPackage.Choice(item, c.quantity()));
        }
        goodsPackage.choose(choices, deliveryDate, caller(), Instant.now());
        if (goodsPackage.getId() == null) {
            goods.add(goodsPackage);
        }
        goods.flush();
        LOG.info(() -> "Goods package of application " + applicationId + " chosen: " + goodsPackage.total() + " by " + caller());
        return goodsPackage;
    }

    /** The handover: delivered per item and two witnesses; the application becomes AID_DELIVERED at the delivered value. */
    public GoodsPackage handOver(long applicationId, List<Integer> delivered, LocalDate on, List<GoodsPackage.Witness> witnesses) {
        WrseApplication application = load(applicationId);
        GoodsPackage goodsPackage = packageOf(applicationId);
        goodsPackage.deliver(delivered, on, witnesses);
        List<String> lines = goodsPackage.getItems().stream()
                .filter(i -> i.getDeliveredQuantity() != null && i.getDeliveredQuantity() > 0)
                .map(i -> i.getDeliveredQuantity() + " " + i.getUnit() + " " + i.getName()).toList();
        Inputs.check(!lines.isEmpty(), "delivered", "nothing was delivered", "tidak ada barang yang diserahkan");
        application.deliverAid(lines, goodsPackage.deliveredTotal(), on, caller(), Instant.now());
        LOG.info(() -> "Goods package of application " + applicationId + " handed over: " + goodsPackage.deliveredTotal());
        return goodsPackage;
    }

    /** A supplier's (or every supplier's, for null) delivery list for a district and day. */
    public List<DeliveryLine> deliveries(String districtCode, LocalDate on, String supplier) {
        Inputs.required("districtCode", districtCode);
        Inputs.required("date", on);
        List<DeliveryLine> lines = new ArrayList<>();
        for (GoodsPackage p : goods.toDeliver(districtCode, on)) {
            WrseApplication a = load(p.getApplicationId());
            for (PackageItem item : p.getItems()) {
                if (supplier == null || supplier.isBlank() || item.getSupplier().equalsIgnoreCase(supplier.strip())) {
                    lines.add(new DeliveryLine(a.getId(), a.getApplicant().getFullName(), a.getApplicant().getVillage(),
                            item.getName(), item.getQuantity(), item.getUnit(), item.getUnitPrice(), item.getSupplier()));
                }
            }
        }
        return lines;
    }

    private WrseApplication load(long id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("WRSE application", id));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
