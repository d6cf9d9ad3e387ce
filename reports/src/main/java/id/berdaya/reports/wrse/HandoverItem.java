package id.berdaya.reports.wrse;

/** Goods handed over: what and how many; {@code value} in rupiah for the line, null when only the total is known. */
public record HandoverItem(String description, int quantity, String unit, Long value) {
}
