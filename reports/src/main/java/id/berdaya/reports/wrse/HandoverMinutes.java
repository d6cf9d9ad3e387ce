package id.berdaya.reports.wrse;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * Berita Acara Serah Terima: the social service (first party, the signatory) hands the aid goods to
 * the recipient (second party) before witnesses.
 */
public record HandoverMinutes(Letterhead letterhead, LetterIssue issue, Signatory signatory, Applicant recipient,
        LocalDate handoverDate, String location, String programme, List<HandoverItem> items, long totalValue,
        List<Witness> witnesses) implements Document {

    public HandoverMinutes {
        items = List.copyOf(items);
        witnesses = List.copyOf(witnesses);
    }

    /** "1. Name (role)" with a line to sign below each; a blank name leaves room to write one in. */
    public String witnessLines() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < witnesses.size(); i++) {
            Witness witness = witnesses.get(i);
            String who = witness.name() == null || witness.name().isBlank()
                    ? "................................" : witness.name() + " (" + witness.role() + ")";
            lines.append(i + 1).append(". ").append(who).append("\n\n")
                    .append("    ( ................................ )\n");
        }
        return lines.toString();
    }

    @Override
    public String template() {
        return "wrse/handover-minutes";
    }

    @Override
    public List<?> rows() {
        return items;
    }
}
