package id.berdaya.reports.kubp;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.Fixtures;
import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayoffCertificateTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @Test
    void certifiesThePayoffWithGroupAmountInWordsAndDate() {
        PayoffCertificate certificate = new PayoffCertificate(Fixtures.DP3A_KUKAR, Fixtures.issue("500/0003/SKL-KUBP/2026"),
                Fixtures.HEAD_OF_DP3A, Fixtures.MAWAR_INDAH, "KUBP-2025-0042", 50_000_000, LocalDate.of(2025, 1, 6),
                LocalDate.of(2026, 11, 20), 24);

        PdfText pdf = PdfText.of(PdfText.keep("payoff-certificate", RENDERER.render(certificate)));

        assertThat(pdf.text()).contains("PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
                "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "SURAT KETERANGAN LUNAS",
                "Nomor : 500/0003/SKL-KUBP/2026", "KUBP Mawar Indah", "Siti Aminah", "KUBP-2025-0042",
                "Rp 50.000.000 (lima puluh juta rupiah)", "6 Januari 2025", "MELUNASI", "20 November 2026",
                "Tenggarong, 22 November 2026", "Dra. Sri Handayani, M.M.", "NIP. 19791205 200501 2 011",
                "Halaman 1 dari 1");
        assertThat(pdf.fontsEmbedded()).isNotEmpty().containsOnly(true);
    }
}
