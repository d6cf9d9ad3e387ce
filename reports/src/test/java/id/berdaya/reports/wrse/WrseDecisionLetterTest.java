package id.berdaya.reports.wrse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrseDecisionLetterTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @Test
    void eligibleLetterNamesTheApplicantTheAidInFiguresAndWords() {
        PdfText pdf = PdfText.of(PdfText.keep("wrse-decision-eligible", RENDERER.render(SampleDocuments.eligibleDecision())));

        assertThat(pdf.text()).contains("PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS SOSIAL",
                "Nomor : 400.9/0007/DINSOS/2026", "Samarinda, 22 November 2026", "Sdri. Siti Rahmawati",
                "6402********0003", "WRSE-2026-000123", "5 Oktober 2026", "MEMENUHI SYARAT",
                "Rp 3.000.000 (tiga juta rupiah)", "Hj. Nurhayati, S.Sos., M.Si.", "NIP. 19720614 199803 2 007",
                "Halaman 1 dari 1");
        assertThat(pdf.text()).doesNotContain("TIDAK MEMENUHI", "6402010345670003");
    }

    @Test
    void ineligibleLetterGivesEveryFailedCriterionsReasonAsStored() {
        PdfText pdf = PdfText.of(PdfText.keep("wrse-decision-ineligible", RENDERER.render(SampleDocuments.ineligibleDecision())));

        assertThat(pdf.text()).contains("TIDAK MEMENUHI SYARAT", "dengan alasan sebagai berikut",
                "1. Usia 61 tahun pada tanggal permohonan; batas usia 18–59 tahun",
                "2. Saat ini tercatat sebagai penerima PKH", "Nomor : 400.9/0008/DINSOS/2026");
    }

    @Test
    void refusesAnIneligibleLetterWithoutReasons() {
        var eligible = SampleDocuments.eligibleDecision();
        assertThatThrownBy(() -> new WrseDecisionLetter(eligible.letterhead(), eligible.issue(), eligible.signatory(),
                eligible.applicant(), "X", eligible.applicationDate(), false, List.of(), 3_000_000, 2026, "SK", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
