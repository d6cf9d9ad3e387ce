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
        LocalDate handoverDate, String location, String programme, List<HandoverItem> items, List<Witness> witnesses)
        implements Document {

    public HandoverMinutes {
        items = List.copyOf(items);
        witnesses = List.copyOf(witnesses);
    }

    public long totalValue() {
        return items.stream().mapToLong(HandoverItem::value).reduce(0, Math::addExact);
    }

    /** "1. Name (role)" with a line to sign below each, as the witnesses column prints them. */
    public String witnessLines() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < witnesses.size(); i++) {
            Witness witness = witnesses.get(i);
            lines.append(i + 1).append(". ").append(witness.name()).append(" (").append(witness.role()).append(")\n\n")
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
