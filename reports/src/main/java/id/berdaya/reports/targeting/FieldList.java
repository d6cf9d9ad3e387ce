package id.berdaya.reports.targeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A field officer's printed list of one village's WRSE candidates from a targeting run: who to
 * visit, ranked by priority score, and what to check at her door (NIK masked).
 */
public record FieldList(String regency, String district, String village, long runId, LocalDate applicationDate,
        List<Row> rows) {

    /** One candidate: rank, masked NIK, name, score and the criteria still to be checked. */
    public record Row(int rank, String nikMasked, String fullName, int score, String toCheck) {
    }
}
