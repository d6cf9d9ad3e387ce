package id.berdaya.reports.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.PdfText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldListRendererTest {

    @Test
    void printsTheVillagesCandidatesInRankOrderWithWhatToCheckAndMaskedNiks() {
        FieldList list = new FieldList("Kutai Kartanegara", "Tenggarong", "6402062001", 7, LocalDate.of(2026, 12, 1),
                List.of(new FieldList.Row(1, "6402********0001", "Rahmawati", 60, "SKILL BUSINESS"),
                        new FieldList.Row(2, "6402********0002", "Nurhayati", 15, "REGISTRY SKILL BUSINESS")));
        byte[] pdf = PdfText.keep("field-list", new FieldListRenderer().render(list));
        PdfText text = PdfText.of(pdf);
        assertThat(text.text()).contains("DAFTAR KUNJUNGAN CALON PENERIMA BANTUAN WRSE", "DESA 6402062001",
                "Kecamatan Tenggarong", "penargetan no. 7", "6402********0001 Rahmawati 60 SKILL BUSINESS",
                "Halaman 1");
        assertThat(text.text().indexOf("Rahmawati")).isLessThan(text.text().indexOf("Nurhayati"));
        assertThat(text.fontsEmbedded()).as(text.fonts().toString()).containsOnly(true);
    }
}
