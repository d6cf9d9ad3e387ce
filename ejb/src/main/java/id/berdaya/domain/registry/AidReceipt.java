package id.berdaya.domain.registry;

/** One row of an aid-recipient list: this NIK receives this programme in this year. */
public record AidReceipt(long line, String nik, String fullName, String programme, int year) implements ExtractRow {
}
