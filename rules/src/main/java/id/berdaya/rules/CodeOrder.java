package id.berdaya.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders result codes for display: the known codes in the given order, then any code a policy
 * editor added, alphabetically.
 */
public final class CodeOrder {

    private CodeOrder() {
    }

    public static Comparator<String> of(String... knownCodes) {
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < knownCodes.length; i++) {
            known.putIfAbsent(knownCodes[i], i);
        }
        // Sorting runs in every screening: an index lookup, not a scan of the list.
        return Comparator.<String>comparingInt(code -> known.getOrDefault(code, knownCodes.length))
                .thenComparing(Comparator.naturalOrder());
    }
}
