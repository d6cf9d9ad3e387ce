package id.berdaya.reports.wrse;

/** Goods handed over: what, how many, and their value in rupiah (for the whole line). */
public record HandoverItem(String description, int quantity, String unit, long value) {
}
