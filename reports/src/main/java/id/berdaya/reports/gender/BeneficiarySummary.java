package id.berdaya.reports.gender;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.util.Comparator;
import java.util.List;

/**
 * Beneficiaries by regency and district for one year: the sex-disaggregated data ("data terpilah")
 * the agencies report for gender mainstreaming (PUG). Every beneficiary of both programmes is a woman.
 */
public record BeneficiarySummary(Letterhead letterhead, LetterIssue issue, Signatory signatory, int year,
        List<BeneficiaryCount> counts) implements Document {

    public BeneficiarySummary {
        // The template groups by regency: rows of one regency must be adjacent.
        counts = counts.stream().sorted(Comparator.comparing(BeneficiaryCount::regency)
                .thenComparing(BeneficiaryCount::district)).toList();
    }

    @Override
    public String template() {
        return "gender/beneficiary-summary";
    }

    @Override
    public List<?> rows() {
        return counts;
    }
}
