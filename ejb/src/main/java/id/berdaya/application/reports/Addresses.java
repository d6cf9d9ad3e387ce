package id.berdaya.application.reports;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Address lines from the parts that are known: an empty village is left out, never printed as "null". */
final class Addresses {

    private Addresses() {
    }

    /** "Desa/Kelurahan " + value, or null when the value is empty. */
    static String part(String label, String value) {
        return value == null || value.isBlank() ? null : label + value.strip();
    }

    static String join(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(", "));
    }
}
