package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.AppealService;
import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.interfaces.rest.CsvCells;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The data-correction proposals (usulan perbaikan data) for the Dinas Sosial: one line per appeal on a
 * registry error, with what its registry officers need to find and correct the entry. Never a
 * circumstance: confidential ones must not leave the programme.
 */
final class AppealCsv {

    static final List<String> HEADER = List.of("proposal_no", "lodged_on", "registry", "nik", "kk_number", "full_name",
            "birth_date", "regency_code", "district_code", "village", "correction", "grounds", "decision_letter",
            "application_id", "appeal_status", "appeal_outcome");

    private AppealCsv() {
    }

    static byte[] of(List<AppealService.CorrectionProposal> proposals) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (AppealService.CorrectionProposal p : proposals) {
            Appeal a = p.appeal();
            Applicant applicant = p.application().getApplicant();
            Function<Object, String> text = v -> v == null ? "" : v.toString();
            line(out, List.of(text.apply(a.getId()), text.apply(a.getLodgedOn()), text.apply(a.getRegistry()),
                    applicant.getNikValue(), text.apply(applicant.getKkNumber()), applicant.getFullName(),
                    text.apply(applicant.getBirthDate()), applicant.getRegencyCode(), text.apply(applicant.getDistrictCode()),
                    text.apply(applicant.getVillage()), text.apply(a.getCorrection()), a.getGrounds(),
                    a.getDecisionLetterNumber(), text.apply(a.getApplicationId()), a.getStatus().name(),
                    text.apply(a.getOutcome())));
        }
        return CsvCells.neutralise(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i).replace("\r", " ").replace("\n", " ");
            out.append(i == 0 ? "" : ",").append(v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        out.append('\n');
    }
}
