package id.berdaya.reports;

import id.berdaya.reports.kubp.BorrowingGroup;
import id.berdaya.reports.letter.DemoEmblem;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;

/** Offices, signatories and a group as the documents of the tests name them. */
public final class Fixtures {

    public static final Letterhead DINSOS_KALTIM = new Letterhead("Pemerintah Provinsi Kalimantan Timur",
            "Dinas Sosial", "Jalan Basuki Rahmat Nomor 92", "75117", "(0541) 736341", "dinsos@kaltimprov.go.id",
            "dinsos.kaltimprov.go.id", "Samarinda", DemoEmblem.png());
    public static final Letterhead DP3A_KUKAR = new Letterhead("Pemerintah Kabupaten Kutai Kartanegara",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Jalan Wolter Monginsidi Nomor 1", "75511",
            "(0541) 661234", "dp3a@kukarkab.go.id", "dp3a.kukarkab.go.id", "Tenggarong", DemoEmblem.png());
    public static final Signatory HEAD_OF_DINSOS = new Signatory("Kepala Dinas Sosial\nProvinsi Kalimantan Timur",
            "Hj. Nurhayati, S.Sos., M.Si.", "Pembina Utama Muda (IV/c)", "197206141998032007");
    public static final Signatory HEAD_OF_DP3A = new Signatory(
            "Kepala Dinas Pemberdayaan Perempuan\ndan Perlindungan Anak\nKabupaten Kutai Kartanegara",
            "Dra. Sri Handayani, M.M.", "Pembina Tingkat I (IV/b)", "197912052005012011");
    public static final BorrowingGroup MAWAR_INDAH = new BorrowingGroup("KUBP Mawar Indah", "Tenggarong",
            "Kabupaten Kutai Kartanegara", "Siti Aminah", "Jalan Mangkurawang RT 05, Tenggarong", true);

    private Fixtures() {
    }

    public static LetterIssue issue(String number) {
        return new LetterIssue(number, LocalDate.of(2026, 11, 22), "https://berdaya.example.go.id/berdaya/verify/Q7Z2M4K9XW3PLR8T");
    }
}
