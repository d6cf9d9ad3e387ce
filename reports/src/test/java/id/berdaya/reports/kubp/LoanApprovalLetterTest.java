package id.berdaya.reports.kubp;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class LoanApprovalLetterTest {

    @Test
    void statesGroupMembersPrincipalScheduleAndTheTermsInForce() {
        PdfText pdf = PdfText.of(PdfText.keep("kubp-loan-approval", new PdfRenderer().render(SampleDocuments.loanApproval())));

        assertThat(pdf.text()).contains("PEMERINTAH KABUPATEN KUTAI KARTANEGARA", "Nomor : 500/0012/KUBP/2026",
                "Persetujuan Pinjaman Modal Usaha KUBP", "KUBP Mawar Indah", "DISETUJUI",
                "Rp 50.000.000 (lima puluh juta rupiah)", "12 kali angsuran bulanan",
                "0 % (tanpa bunga", "tanpa agunan", "Aturan KUBP versi 2026.1",
                "1 Siti Aminah 6402********0010 Ketua", "Jumlah 6 anggota; pinjaman kelompok Rp 50.000.000",
                "1 5 Januari 2027 Rp 4.166.666", "12 5 Desember 2027 Rp 4.166.674", "Tenggarong, 22 November 2026",
                "Dra. Sri Handayani, M.M.");
        assertThat(pdf.text()).containsPattern("Halaman 1 dari \\d");
    }
}
