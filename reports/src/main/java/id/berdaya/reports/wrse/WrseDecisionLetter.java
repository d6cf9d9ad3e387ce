package id.berdaya.reports.wrse;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision on a WRSE application: eligible (with the aid to come), or not eligible with the
 * reason of every failed criterion exactly as stored with the decision.
 */
public record WrseDecisionLetter(Letterhead letterhead, LetterIssue issue, Signatory signatory, Applicant applicant,
        String applicationNumber, LocalDate applicationDate, boolean eligible, List<FailedCriterion> failedCriteria,
        long aidValue, int programmeYear, String legalBasis, List<String> copies) implements Document {

    public WrseDecisionLetter {
        failedCriteria = List.copyOf(failedCriteria);
        copies = List.copyOf(copies);
        if (eligible != failedCriteria.isEmpty()) {
            throw new IllegalArgumentException(eligible
                    ? "An eligible application has no failed criteria"
                    : "A letter of ineligibility must give the failed criteria");
        }
    }

    @Override
    public String template() {
        return "wrse/decision-letter";
    }

    @Override
    public List<?> rows() {
        return failedCriteria;
    }
}
