package id.berdaya.reports.kubp;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class PortfolioReportTest {

    @Test
    void listsEachDistrictWithParAndTotalsAndDrawsTheChart() {
        byte[] bytes = new PdfRenderer().render(SampleDocuments.portfolio());
        PdfText pdf = PdfText.of(PdfText.keep("kubp-portfolio", bytes));

        assertThat(pdf.text()).contains("LAPORAN PORTOFOLIO PINJAMAN KUBP PER KECAMATAN", "keadaan per 22 November 2026",
                "Nomor : 500/0050/LAP-KUBP/2026",
                "3 Tenggarong 21 Rp 1.034.000.000 Rp 62.000.000 11,61 % 2,90 %",
                "2 Loa Kulu 9 Rp 388.500.000 Rp 0 0,00 % 0,00 %",
                "Jumlah 51 Rp 2.288.500.000 Rp 84.000.000 7,21 % 1,31 %",
                "Sisa pinjaman dan tunggakan per kecamatan");
        assertThat(pdf.images()).as("the chart and the QR code").isGreaterThanOrEqualTo(2);
    }
}
