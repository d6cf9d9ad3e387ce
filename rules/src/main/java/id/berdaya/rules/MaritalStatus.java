package id.berdaya.rules;

/**
 * Marital status, with the Indonesian and English labels that rules quote in their reasons.
 * ABANDONED is the decree's "ditinggal suami tanpa kejelasan" (left by her husband without clarity).
 */
public enum MaritalStatus {
    UNMARRIED("belum kawin", "unmarried"),
    MARRIED("kawin", "married"),
    DIVORCED("cerai hidup", "divorced"),
    WIDOWED("cerai mati", "widowed"),
    ABANDONED("ditinggal suami tanpa kejelasan", "abandoned by her husband");

    private final String labelId;
    private final String labelEn;

    MaritalStatus(String labelId, String labelEn) {
        this.labelId = labelId;
        this.labelEn = labelEn;
    }

    public String getLabelId() {
        return labelId;
    }

    public String getLabelEn() {
        return labelEn;
    }
}
