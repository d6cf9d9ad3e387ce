package id.berdaya.reports.gender;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class BeneficiarySummaryTest {

    @Test
    void countsWomenByRegencyAndDistrictWithSubtotalsAndTotal() {
        PdfText pdf = PdfText.of(PdfText.keep("beneficiary-summary", new PdfRenderer().render(SampleDocuments.beneficiaries())));

        assertThat(pdf.text()).contains("REKAPITULASI PEREMPUAN PENERIMA MANFAAT", "TAHUN 2026", "Nomor : 400/0003/PUG/2026",
                "Kabupaten Kutai Kartanegara Loa Kulu 5 Rp 15.000.000 9 87 Rp 388.500.000 92",
                "Tenggarong 12 Rp 36.000.000 21 198 Rp 1.034.000.000 210",
                "Jumlah Kabupaten Kutai Kartanegara 17 Rp 51.000.000 30 285 Rp 1.422.500.000 302",
                "Jumlah Kota Samarinda 25 Rp 75.000.000 0 0 Rp 0 25",
                "Jumlah seluruhnya 42 Rp 126.000.000 30 285 Rp 1.422.500.000 327");
    }
}
