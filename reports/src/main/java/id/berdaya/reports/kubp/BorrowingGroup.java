package id.berdaya.reports.kubp;

/** The KUBP group that borrowed, as its documents name it. */
public record BorrowingGroup(String name, String district, String regency, String chair, String address) {
}
