package id.berdaya.reports.kubp;

/** The KUBP group that borrowed, as its documents name it; {@code address} holds only the parts that are known. */
public record BorrowingGroup(String name, String district, String regency, String chair, String address,
        boolean chairFemale) {

    /** "Ibu" or "Bapak", before the chair's name. */
    public String chairHonorific() {
        return chairFemale ? "Ibu" : "Bapak";
    }
}
