package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import java.time.LocalDate;
import java.util.List;

/**
 * A collection sheet to take to group meetings: per group what fell due before the meeting, the
 * installment due at it and the days past due, with blank columns for what is collected. A working
 * paper, not a letter: its "issue" carries the sheet's number and the page where it is entered.
 *
 * @param scope "Kecamatan Tenggarong" or "Petugas lapangan: petugas"
 */
public record CollectionSheetDocument(Letterhead letterhead, LetterIssue issue, long sheetId, LocalDate meetingDate,
        String scope, List<CollectionSheetLine> lines) implements Document {

    public CollectionSheetDocument {
        lines = List.copyOf(lines);
    }

    @Override
    public String template() {
        return "kubp/collection-sheet";
    }

    @Override
    public List<?> rows() {
        return lines;
    }

    public long totalArrears() {
        return lines.stream().mapToLong(CollectionSheetLine::arrears).sum();
    }

    public long totalDue() {
        return lines.stream().mapToLong(CollectionSheetLine::installmentDue).sum();
    }

    public long totalToCollect() {
        return lines.stream().mapToLong(CollectionSheetLine::toCollect).sum();
    }
}
