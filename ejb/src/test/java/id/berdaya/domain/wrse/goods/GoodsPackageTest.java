package id.berdaya.domain.wrse.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoodsPackageTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final CatalogueItem STOVE = item("CULINARY", "Kompor gas dua tungku", "unit", 1_250_000);
    private static final CatalogueItem PANS = item("CULINARY", "Panci dan wajan", "set", 550_000);
    private static final CatalogueItem SEWING_MACHINE = item("SEWING", "Mesin jahit portabel", "unit", 2_100_000);

    private static long ids;

    /** A stored catalogue good: the database gives ids, here the test does. */
    private static CatalogueItem item(String field, String name, String unit, long price) {
        CatalogueItem item = new CatalogueItem(field, name, unit, price, "CV Sumber Rejeki", "penyelia", NOW);
        try {
            java.lang.reflect.Field id = CatalogueItem.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(item, ++ids);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return item;
    }

    private static GoodsPackage culinary() {
        return new GoodsPackage(7, "CULINARY", "640205", Rupiah.of(3_000_000));
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getField();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPackageWithinTheEntitlementShowsItsTotalAndRemainder() {
        GoodsPackage p = culinary();
        p.choose(List.of(new GoodsPackage.Choice(STOVE, 1), new GoodsPackage.Choice(PANS, 3)), DAY, "petugas", NOW);
        assertThat(p.total()).isEqualTo(Rupiah.of(2_900_000));
        assertThat(p.remainder()).isEqualTo(Rupiah.of(100_000));
        assertThat(p.getItems()).extracting(PackageItem::value).containsExactly(1_250_000L, 1_650_000L);
    }

    @Test
    void exactlyTheEntitlementIsAllowedAndOneRupiahMoreIsRefusedNamingItems() {
        CatalogueItem rest = item("CULINARY", "Etalase", "unit", 1_750_000);
        GoodsPackage p = culinary();
        p.choose(List.of(new GoodsPackage.Choice(STOVE, 1), new GoodsPackage.Choice(rest, 1)), DAY, "petugas", NOW);
        assertThat(p.remainder()).isEqualTo(Rupiah.ZERO);

        CatalogueItem dearer = item("CULINARY", "Etalase besar", "unit", 1_750_001);
        assertThatThrownBy(() -> culinary().choose(List.of(new GoodsPackage.Choice(STOVE, 1), new GoodsPackage.Choice(dearer, 1)),
                DAY, "petugas", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("above the entitlement")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("items");
    }

    @Test
    void refusesAGoodOfAnotherFieldAQuantityOutOfRangeAndNoGoods() {
        assertThat(fieldOf(() -> culinary().choose(List.of(new GoodsPackage.Choice(STOVE, 1),
                new GoodsPackage.Choice(SEWING_MACHINE, 1)), DAY, "petugas", NOW))).isEqualTo("items[1].catalogueItemId");
        assertThat(fieldOf(() -> culinary().choose(List.of(new GoodsPackage.Choice(STOVE, 0)), DAY, "petugas", NOW)))
                .isEqualTo("items[0].quantity");
        assertThat(fieldOf(() -> culinary().choose(List.of(), DAY, "petugas", NOW))).isEqualTo("items");
        assertThat(fieldOf(() -> culinary().choose(List.of(new GoodsPackage.Choice(STOVE, 1), new GoodsPackage.Choice(STOVE, 1)),
                DAY, "petugas", NOW))).isEqualTo("items[1].catalogueItemId");
    }

    @Test
    void theHandoverRecordsWhatWasDeliveredPerItemAndTwoWitnessesAndClosesThePackage() {
        GoodsPackage p = culinary();
        p.choose(List.of(new GoodsPackage.Choice(STOVE, 1), new GoodsPackage.Choice(PANS, 3)), DAY, "petugas", NOW);
        List<GoodsPackage.Witness> witnesses = List.of(new GoodsPackage.Witness("Rina", "Kepala Desa"),
                new GoodsPackage.Witness("Budi", "Pendamping"));
        assertThat(fieldOf(() -> p.deliver(List.of(1, 4), DAY, witnesses))).isEqualTo("delivered[1]");
        assertThat(fieldOf(() -> p.deliver(List.of(1, 2), DAY, witnesses.subList(0, 1)))).isEqualTo("witnesses");

        p.deliver(List.of(1, 2), DAY, witnesses);
        assertThat(p.deliveredTotal()).isEqualTo(Rupiah.of(2_350_000));
        assertThat(p.witnesses()).extracting(GoodsPackage.Witness::name).containsExactly("Rina", "Budi");
        assertThatThrownBy(() -> p.choose(List.of(new GoodsPackage.Choice(STOVE, 1)), DAY, "petugas", NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
