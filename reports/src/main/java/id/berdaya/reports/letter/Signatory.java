package id.berdaya.reports.letter;

/**
 * Who signs: the position as printed above the signature (may span lines, e.g. "a.n. Kepala Dinas\nKepala
 * Bidang ..."), the name, the rank (pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)"; blank if none)
 * and the civil-servant number (NIP, 18 digits; blank for non-civil servants).
 */
public record Signatory(String position, String name, String rank, String nip) {

    /** A signatory without rank: a group's chair, a recipient. */
    public Signatory(String position, String name, String nip) {
        this(position, name, null, nip);
    }

    /** The position in capitals ending with a comma, as signature blocks print it. */
    public String heading() {
        String upper = position == null ? "" : position.strip().toUpperCase(java.util.Locale.forLanguageTag("id-ID"));
        return upper.endsWith(",") ? upper : upper + ",";
    }

    public String rankLine() {
        return rank == null ? "" : rank.strip();
    }

    /** "NIP. 19720614 199803 2 007", as signature blocks group the NIP's digits. */
    public String nipLine() {
        if (nip == null || nip.isBlank()) {
            return "";
        }
        if (nip.length() != 18) {
            return "NIP. " + nip;
        }
        return "NIP. " + nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " "
                + nip.substring(15);
    }
}
