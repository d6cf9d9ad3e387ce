package id.berdaya.domain.wrse.goods;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The catalogue and the packages. */
public interface GoodsRepository {

    Optional<CatalogueItem> findItem(long id);

    /** A field's catalogue (or every field's, for null), active goods only unless asked. */
    List<CatalogueItem> catalogue(String businessField, boolean withWithdrawn);

    void add(CatalogueItem item);

    Optional<GoodsPackage> packageOf(long applicationId);

    /** The packages to deliver in a district on a day, for the suppliers' delivery lists. */
    List<GoodsPackage> toDeliver(String districtCode, LocalDate on);

    void add(GoodsPackage goodsPackage);

    void flush();
}
