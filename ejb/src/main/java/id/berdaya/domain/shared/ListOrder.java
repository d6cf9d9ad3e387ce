package id.berdaya.domain.shared;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A list's order as a client asks for it: a key of that list's allow-list, ascending ({@code name})
 * or descending ({@code -name}). Repositories map each key to a fixed column; the text itself never
 * reaches a query. An unknown key is a 400 on {@code sort} that lists the keys.
 */
public record ListOrder(String key, boolean descending) {

    private static final Pattern TEXT = Pattern.compile("[+-]?[A-Za-z]{1,30}");

    /** The order asked for, or {@code fallback} when none was. */
    public static ListOrder parse(String text, Set<String> keys, ListOrder fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.strip();
        if (TEXT.matcher(t).matches()) {
            boolean descending = t.startsWith("-");
            String key = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
            if (keys.contains(key)) {
                return new ListOrder(key, descending);
            }
        }
        String allowed = String.join(", ", new TreeSet<>(keys));
        throw new InvalidInputException("sort", "Unknown sort key; sort by one of " + allowed + " (a leading - for descending)",
                "Kunci urutan tidak dikenal; urutkan menurut salah satu dari " + allowed + " (awali - untuk menurun)");
    }

    public static ListOrder ascending(String key) {
        return new ListOrder(key, false);
    }

    public static ListOrder descending(String key) {
        return new ListOrder(key, true);
    }

    /** As a client writes it: {@code name} or {@code -name}. */
    public String text() {
        return (descending ? "-" : "") + key;
    }
}
