package id.berdaya.reports.wrse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppealOutcomeLetterTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @Test
    void anUpheldAppealCitesTheLetterAppealedTheOriginalCriteriaAndTheAid() {
        PdfText pdf = PdfText.of(PdfText.keep("wrse-appeal-upheld", RENDERER.render(SampleDocuments.upheldAppeal())));

        assertThat(pdf.text()).contains("Nomor : 400.9/0002/SANGGAH-WRSE/2026",
                "Jawaban atas Sanggahan Hasil Verifikasi", "Sdri. Siti Rahmawati", "20 Oktober 2026",
                "400.9/0008/DINSOS/2026", "6 Oktober 2026", "yang berlaku pada saat keputusan awal", "DITERIMA",
                "MEMENUHI SYARAT", "Rp 3.000.000 (tiga juta rupiah)", "bersifat akhir", "Halaman 1 dari 1");
        assertThat(pdf.text()).doesNotContain("DITOLAK", "TIDAK MEMENUHI", "yang berlaku saat ini");
    }

    @Test
    void aDismissedAppealGivesEveryFailedCriterionUnderTheCurrentCriteria() {
        PdfText pdf = PdfText.of(PdfText.keep("wrse-appeal-dismissed", RENDERER.render(SampleDocuments.dismissedAppeal())));

        assertThat(pdf.text()).contains("DITOLAK", "TIDAK MEMENUHI SYARAT", "yang berlaku saat ini",
                "1. Tidak terdaftar di DTSEN desil 1–4", "400.9/0009/DINSOS/2026");
    }

    @Test
    void refusesADismissalWithoutReasons() {
        var upheld = SampleDocuments.upheldAppeal();
        assertThatThrownBy(() -> new AppealOutcomeLetter(upheld.letterhead(), upheld.issue(), upheld.signatory(),
                upheld.applicant(), "X", "Y", upheld.decisionLetterDate(), upheld.lodgedOn(),
                AppealOutcomeLetter.Outcome.DISMISSED, false, "SK", List.of(), 3_000_000, 2026, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
