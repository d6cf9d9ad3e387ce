package id.berdaya.interfaces.rest;

import id.berdaya.domain.shared.ListOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sorts a short list that the service answers whole (appeals, staff accounts) by a key a client names in
 * {@code sort}: only the keys of the list's allow-list, each a fixed comparator; an unknown key is a
 * 400 on {@code sort}. Ties keep the service's order.
 */
public final class ListSorting {

    private ListSorting() {
    }

    public static <T> List<T> sorted(List<T> rows, String sort, Map<String, Comparator<T>> keys) {
        ListOrder order = ListOrder.parse(sort, keys.keySet(), null);
        if (order == null) {
            return rows;
        }
        Comparator<T> comparator = keys.get(order.key());
        return rows.stream().sorted(order.descending() ? comparator.reversed() : comparator).toList();
    }

    /** A comparator on a value that may be missing: missing values last, whichever the direction asked for is applied after. */
    public static <T, U extends Comparable<? super U>> Comparator<T> by(java.util.function.Function<T, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** Text, ignoring case. */
    public static <T> Comparator<T> byText(java.util.function.Function<T, String> key) {
        return Comparator.comparing(key, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
    }
}
