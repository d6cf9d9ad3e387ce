package id.berdaya.reports.wrse;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfRenderer;
import id.berdaya.reports.PdfText;
import id.berdaya.reports.SampleDocuments;
import org.junit.jupiter.api.Test;

class HandoverMinutesTest {

    @Test
    void recordsBothPartiesTheGoodsTheirValueInWordsAndTheWitnesses() {
        PdfText pdf = PdfText.of(PdfText.keep("wrse-handover-minutes", new PdfRenderer().render(SampleDocuments.handoverMinutes())));

        assertThat(pdf.text()).contains("BERITA ACARA SERAH TERIMA BARANG", "Nomor : 400.9/0015/BAST-WRSE/2026",
                "Pada hari ini Senin tanggal 23 November 2026", "Aula Kantor Kecamatan Tenggarong",
                "PIHAK PERTAMA", "PIHAK KEDUA", "Siti Rahmawati", "6402********0003",
                "Kompor gas dua tungku dan tabung 3 kg", "Rp 1.250.000", "Jumlah Rp 3.000.000",
                "Rp 3.000.000 (tiga juta rupiah)", "Saksi-saksi", "1. Rina Wulandari (Pendamping Sosial)",
                "2. Agus Salim (Kepala Desa Melayu)", "Hj. Nurhayati, S.Sos., M.Si.", "Halaman 1 dari 1");
    }
}
