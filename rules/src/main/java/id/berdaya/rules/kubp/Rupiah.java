package id.berdaya.rules.kubp;

import java.util.Locale;

/**
 * Rupiah as the letters print it: whole rupiah, "Rp 120.000.000" in Indonesian, "Rp 120,000,000" in
 * English. A helper the KUBP rules may call (rule text may not declare {@code function} blocks).
 */
public final class Rupiah {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Rupiah() {
    }

    public static String id(long amount) {
        return String.format(INDONESIAN, "Rp %,d", amount);
    }

    public static String en(long amount) {
        return String.format(Locale.ENGLISH, "Rp %,d", amount);
    }
}
