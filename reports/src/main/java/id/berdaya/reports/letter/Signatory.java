package id.berdaya.reports.letter;

/**
 * Who signs: the position as printed above the signature (may span lines, e.g. "a.n. Kepala Dinas\nKepala
 * Bidang ..."), the name and the civil-servant number (NIP, 18 digits; blank for non-civil servants).
 */
public record Signatory(String position, String name, String nip) {

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
