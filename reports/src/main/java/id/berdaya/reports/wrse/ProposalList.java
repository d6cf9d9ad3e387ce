package id.berdaya.reports.wrse;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.util.List;

/**
 * Daftar Usulan Calon Penerima: a regency's eligible applicants of one year, ranked by priority
 * score, as the regency's social service proposes them to the province.
 */
public record ProposalList(Letterhead letterhead, LetterIssue issue, Signatory signatory, String regency, int year,
        List<ProposedCandidate> candidates, long aidPerRecipient) implements Document {

    public ProposalList {
        candidates = List.copyOf(candidates);
    }

    public long totalAid() {
        return Math.multiplyExact(aidPerRecipient, candidates.size());
    }

    @Override
    public String template() {
        return "wrse/proposal-list";
    }

    @Override
    public List<?> rows() {
        return candidates;
    }
}
