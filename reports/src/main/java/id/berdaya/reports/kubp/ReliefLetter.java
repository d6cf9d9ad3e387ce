package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * The letter telling a group of its relief after a declared disaster: the decree, the moratorium
 * and, per loan, the installments with their new due dates.
 *
 * @param disaster "banjir" etc., in Bahasa Indonesia
 */
public record ReliefLetter(Letterhead letterhead, LetterIssue issue, Signatory signatory, String groupName,
        String village, String district, String disaster, LocalDate startDate, int moratoriumMonths,
        String decreeNumber, List<ScheduleLine> schedule) implements Document {

    public ReliefLetter {
        schedule = List.copyOf(schedule);
    }

    @Override
    public String template() {
        return "kubp/relief-letter";
    }

    @Override
    public List<?> rows() {
        return schedule;
    }
}
