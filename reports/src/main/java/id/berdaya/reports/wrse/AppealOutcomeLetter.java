package id.berdaya.reports.wrse;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to an appeal (sanggah) against a WRSE decision letter: which letter was appealed and when,
 * under which criteria the corrected facts were screened again (those in force at the original
 * decision, or the current ones), and the outcome — upheld (now eligible, with the aid to come),
 * dismissed with every failed criterion's reason, or referred to a supervisor's review.
 */
public record AppealOutcomeLetter(Letterhead letterhead, LetterIssue issue, Signatory signatory, Applicant applicant,
        String applicationNumber, String decisionLetterNumber, LocalDate decisionLetterDate, LocalDate lodgedOn,
        Outcome outcome, boolean originalRules, String legalBasis, List<FailedCriterion> failedCriteria, long aidValue,
        int programmeYear, List<String> copies) implements Document {

    /** The appeal's outcome as the letter states it. */
    public enum Outcome {
        UPHELD, DISMISSED, REFERRED_FOR_REVIEW
    }

    public AppealOutcomeLetter {
        failedCriteria = List.copyOf(failedCriteria);
        copies = List.copyOf(copies);
        if ((outcome == Outcome.DISMISSED) == failedCriteria.isEmpty()) {
            throw new IllegalArgumentException(outcome == Outcome.DISMISSED
                    ? "A dismissed appeal's letter must give the failed criteria"
                    : "Only a dismissed appeal's letter gives failed criteria");
        }
    }

    public boolean upheld() {
        return outcome == Outcome.UPHELD;
    }

    public boolean dismissed() {
        return outcome == Outcome.DISMISSED;
    }

    /** "yang berlaku pada saat keputusan awal" or "yang berlaku saat ini". */
    public String rulesInForce() {
        return originalRules ? "yang berlaku pada saat keputusan awal" : "yang berlaku saat ini";
    }

    @Override
    public String template() {
        return "wrse/appeal-outcome-letter";
    }

    @Override
    public List<?> rows() {
        return failedCriteria;
    }
}
