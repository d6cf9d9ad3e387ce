package id.berdaya.reports.letter;

/**
 * The heading ("kop surat") of the issuing office, e.g. PEMERINTAH PROVINSI KALIMANTAN TIMUR /
 * DINAS SOSIAL / its address; {@code place} is the town in the date line ("Samarinda, 22 November 2026").
 */
public record Letterhead(String government, String office, String address, String place) {
}
