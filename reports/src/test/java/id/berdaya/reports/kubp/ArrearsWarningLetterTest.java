package id.berdaya.reports.kubp;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class ArrearsWarningLetterTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @Test
    void firstWarningListsTheOverdueInstallmentsAndTheirTotalInWords() {
        PdfText pdf = PdfText.of(PdfText.keep("kubp-warning-1", RENDERER.render(SampleDocuments.warning(WarningLevel.FIRST, 43))));

        assertThat(pdf.text()).contains("SURAT PERINGATAN PERTAMA (SP-1)", "Nomor : 500/0044/SP-KUBP/2026",
                "KUBP Mawar Indah", "KUBP-2025-0017", "telah lewat jatuh tempo 43 hari",
                "14 10 September 2026 Rp 2.000.000 Rp 2.000.000 43 hari",
                "15 10 Oktober 2026 Rp 2.000.000 Rp 1.500.000 13 hari",
                "Jumlah tunggakan Rp 3.500.000", "tiga juta lima ratus ribu rupiah",
                "paling lambat tanggal 6 Desember 2026", "Halaman 1 dari 1");
    }

    @Test
    void thirdWarningSaysItIsTheLast() {
        PdfText pdf = PdfText.of(PdfText.keep("kubp-warning-3", RENDERER.render(SampleDocuments.warning(WarningLevel.THIRD, 95))));

        assertThat(pdf.text()).contains("SURAT PERINGATAN KETIGA (SP-3)", "peringatan ketiga dan terakhir");
    }
}
