package id.berdaya.rules;

import java.util.Comparator;
import java.util.List;

/**
 * Orders result codes for display: the known codes in the given order, then any code a policy
 * editor added, alphabetically.
 */
public final class CodeOrder {

    private CodeOrder() {
    }

    public static Comparator<String> of(String... knownCodes) {
        List<String> known = List.of(knownCodes);
        return Comparator.<String>comparingInt(code -> {
            int index = known.indexOf(code);
            return index < 0 ? known.size() : index;
        }).thenComparing(Comparator.naturalOrder());
    }
}
