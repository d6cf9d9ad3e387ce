package id.berdaya.application.kubp;

import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.wrse.Inputs;
import java.util.Set;

/** The page and order checks the KUBP lists share. */
public final class ListPaging {

    /** The most rows one page of a list may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    private ListPaging() {
    }

    /** A page number from 0 and a size of 1 to {@link #MAX_PAGE_SIZE}, else a 400 on {@code page} or {@code size}. */
    public static void check(int page, int size) {
        Inputs.check(page >= 0 && page <= 1_000_000, "page", "page must be 0 to 1000000", "halaman harus 0 sampai 1000000");
        Inputs.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "size must be 1 to " + MAX_PAGE_SIZE,
                "ukuran halaman harus 1 sampai " + MAX_PAGE_SIZE);
    }

    /** The order if it is one of {@code keys} (else a 400 on {@code sort}), or the fallback when none was asked for. */
    public static ListOrder checked(ListOrder order, Set<String> keys, ListOrder fallback) {
        return order == null ? fallback : ListOrder.parse(order.text(), keys, fallback);
    }
}
