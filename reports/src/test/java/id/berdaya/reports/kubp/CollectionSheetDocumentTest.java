package id.berdaya.reports.kubp;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionSheetDocumentTest {

    private static CollectionSheetDocument sheet(int groups) {
        List<CollectionSheetLine> lines = new ArrayList<>();
        for (int i = 1; i <= groups; i++) {
            lines.add(new CollectionSheetLine(i, 100 + i, "KUBP Melati " + i, "Loa Ipuh", "Siti Aminah " + i, 10,
                    i == 2 ? 1_000_000 : 0, 500_000, i == 2 ? 35 : 0, 5_000_000));
        }
        return new CollectionSheetDocument(new Letterhead("PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
                "DINAS PEMBERDAYAAN PEREMPUAN", "Jl. Wolter Monginsidi, Tenggarong", "Tenggarong"),
                new LetterIssue("LP-KUBP/0012", LocalDate.of(2026, 11, 30), "http://localhost/berdaya/kubp/sheet.xhtml?id=12"),
                12, LocalDate.of(2026, 12, 3), "Kecamatan Tenggarong", lines);
    }

    @Test
    void listsEachGroupsArrearsInstallmentAndDaysPastDueWithTotals() {
        byte[] bytes = new PdfRenderer().render(sheet(3));
        PdfText pdf = PdfText.of(PdfText.keep("kubp-collection-sheet", bytes));

        assertThat(pdf.text()).contains("LEMBAR PENAGIHAN ANGSURAN KUBP", "Kamis, 3 Desember 2026",
                "Kecamatan Tenggarong", "KUBP Melati 2 (#102)", "Siti Aminah 2",
                "Rp 1.000.000 Rp 500.000 Rp 1.500.000 35",
                "Jumlah Rp 1.000.000 Rp 1.500.000 Rp 2.500.000", "No. kuitansi", "Hadir");
    }

    @Test
    void fiftyGroupsRunOverSeveralNumberedPages() {
        PdfText pdf = PdfText.of(new PdfRenderer().render(sheet(50)));

        assertThat(pdf.pages().size()).isGreaterThan(1);
        assertThat(pdf.text()).contains("KUBP Melati 50 (#150)", "Halaman 1 dari " + pdf.pages().size());
    }
}
