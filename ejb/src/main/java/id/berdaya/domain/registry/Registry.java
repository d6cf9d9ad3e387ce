package id.berdaya.domain.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registries and aid-recipient lists Berdaya imports, and which of the two file formats of
 * registry-extracts.md each uses.
 */
public enum Registry {
    DTSEN(Format.LISTING, true),
    DTKS(Format.LISTING, false),
    P3KE(Format.LISTING, true),
    REGSOSEK(Format.LISTING, false),
    PKH(Format.AID, false),
    KUBE(Format.AID, false),
    BPNT(Format.AID, false),
    PIP(Format.AID, false),
    PBI_JK(Format.AID, false),
    BLT_DD(Format.AID, false);

    /** A registry listing (one row per person) or an aid-recipient list (one row per receipt). */
    public enum Format {
        LISTING, AID
    }

    private final Format format;
    private final boolean ranksHouseholds;

    Registry(Format format, boolean ranksHouseholds) {
        this.format = format;
        this.ranksHouseholds = ranksHouseholds;
    }

    public Format format() {
        return format;
    }

    /** Whether the registry gives each household a welfare decile 1–10 (DTSEN, P3KE). */
    public boolean ranksHouseholds() {
        return ranksHouseholds;
    }

    public static Optional<Registry> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    public static List<Registry> listings() {
        return Arrays.stream(values()).filter(r -> r.format == Format.LISTING).toList();
    }

    public static List<Registry> aidLists() {
        return Arrays.stream(values()).filter(r -> r.format == Format.AID).toList();
    }

    /** The columns a file of this registry must have (names as in the file's header, upper case). */
    public List<String> requiredColumns() {
        return format == Format.LISTING
                ? List.of("NIK", "NO_KK", "NAMA", "JENIS_KELAMIN", "TANGGAL_LAHIR", "STATUS_KAWIN", "HUBUNGAN_KK",
                        "KODE_KAB", "KODE_KEC", "KODE_DESA", "DESIL")
                : List.of("NIK", "NAMA", "PROGRAM", "TAHUN");
    }
}
