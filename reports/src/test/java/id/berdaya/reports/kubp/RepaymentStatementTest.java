package id.berdaya.reports.kubp;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class RepaymentStatementTest {

    @Test
    void showsScheduleAgainstPaymentsWithTheReversalAndThePosition() {
        PdfText pdf = PdfText.of(PdfText.keep("kubp-repayment-statement", new PdfRenderer().render(SampleDocuments.repaymentStatement())));

        assertThat(pdf.text()).contains("LAPORAN ANGSURAN PINJAMAN MODAL USAHA KUBP", "per 22 November 2026",
                "Nomor : 500/0031/REK-KUBP/2026", "KUBP Mawar Indah", "Siti Aminah", "Tenggarong", "KUBP-2025-0017",
                "Sudah dibayar Rp 26.000.000", "Sisa pinjaman Rp 22.000.000", "Tunggakan Rp 4.000.000",
                "Hari terlambat 73 hari",
                "1 10 Agustus 2025 Rp 2.000.000 Rp 2.000.000 Rp 0 Lunas",
                "14 10 September 2026 Rp 2.000.000 Rp 0 Rp 2.000.000 Menunggak",
                "24 10 Juli 2027 Rp 2.000.000 Rp 0 Rp 2.000.000 Belum jatuh tempo",
                "Setoran angsuran ke-14 (dibatalkan)", "Pembatalan BYR-1014: setoran ganda dari kelompok lain",
                "-Rp 2.000.000");
        assertThat(pdf.pages()).hasSize(2);
        assertThat(pdf.pages().get(0)).contains("Halaman 1 dari 2");
        assertThat(pdf.pages().get(1)).contains("Halaman 2 dari 2", "Dra. Sri Handayani, M.M.");
    }
}
