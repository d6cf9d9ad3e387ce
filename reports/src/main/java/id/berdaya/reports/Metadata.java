package id.berdaya.reports;

import java.util.List;
import java.util.Map;

/** A PDF's document information: title (shown in the viewer's title bar), author (the office) and subject. */
record Metadata(String title, String author, String subject) {

    private static final Map<String, String> TITLES = Map.of(
            "wrse/decision-letter", "Surat pemberitahuan hasil verifikasi WRSE",
            "wrse/proposal-list", "Daftar usulan calon penerima WRSE",
            "wrse/handover-minutes", "Berita acara serah terima bantuan WRSE",
            "kubp/loan-approval-letter", "Surat persetujuan pinjaman KUBP",
            "kubp/repayment-statement", "Laporan angsuran pinjaman KUBP",
            "kubp/arrears-warning-letter", "Surat peringatan tunggakan KUBP",
            "kubp/payoff-certificate", "Surat keterangan lunas KUBP",
            "kubp/portfolio-report", "Laporan portofolio pinjaman KUBP",
            "gender/beneficiary-summary", "Rekapitulasi penerima manfaat");

    static Metadata of(Document document) {
        String kind = TITLES.getOrDefault(document.template(), "Dokumen Berdaya");
        return new Metadata(kind + " Nomor " + document.issue().number(),
                document.letterhead().government() + ", " + document.letterhead().office(),
                kind + ", nomor " + document.issue().number() + ", tanggal "
                        + IndonesianFormat.longDate(document.issue().date()));
    }

    static Metadata merged(List<? extends Document> documents) {
        if (documents.isEmpty()) {
            return new Metadata("Kumpulan dokumen Berdaya", "Berdaya", "Kumpulan dokumen");
        }
        Document first = documents.get(0);
        String kind = TITLES.getOrDefault(first.template(), "Dokumen Berdaya");
        return new Metadata("Kumpulan " + documents.size() + " dokumen: " + kind,
                first.letterhead().government() + ", " + first.letterhead().office(), kind);
    }
}
