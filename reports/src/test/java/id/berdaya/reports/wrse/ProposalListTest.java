package id.berdaya.reports.wrse;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class ProposalListTest {

    @Test
    void listsCandidatesInRankWithMaskedNikScoreDistrictAndTotals() {
        PdfText pdf = PdfText.of(PdfText.keep("wrse-proposal-list", new PdfRenderer().render(SampleDocuments.proposalList())));

        assertThat(pdf.text()).contains("DAFTAR USULAN CALON PENERIMA", "TAHUN 2026", "Nomor : 400.9/0011/USUL-WRSE/2026",
                "1 Siti Rahmawati 6402********0003 Tenggarong Kuliner 90",
                "2 Nurul Hidayah 6402********0011 Loa Kulu Menjahit 75",
                "3 Wahyuni Saputri 6402********0002 Muara Badak Warung 55",
                "Jumlah calon penerima 3 orang", "Jumlah nilai bantuan Rp 9.000.000",
                "sembilan juta rupiah", "Halaman 1 dari 1");
    }
}
