package id.berdaya.domain.letter;

/**
 * The kinds of letter the register numbers, each with its own series per year and its own number
 * format: the archive classification code (400.9 social welfare, 500 economy, 400 people's welfare),
 * the sequence, a segment naming the series, the year. Distinct segments keep two series from ever
 * printing the same number.
 */
public enum LetterType {
    WRSE_DECISION_LETTER("400.9", "DINSOS", "Surat pemberitahuan hasil verifikasi WRSE"),
    WRSE_PROPOSAL_LIST("400.9", "USUL-WRSE", "Daftar usulan calon penerima WRSE"),
    WRSE_HANDOVER_MINUTES("400.9", "BAST-WRSE", "Berita acara serah terima bantuan WRSE"),
    KUBP_APPROVAL_LETTER("500", "KUBP", "Surat persetujuan pinjaman KUBP"),
    KUBP_REPAYMENT_STATEMENT("500", "REK-KUBP", "Laporan angsuran pinjaman KUBP"),
    KUBP_WARNING_LETTER("500", "SP-KUBP", "Surat peringatan tunggakan KUBP"),
    KUBP_PAYOFF_CERTIFICATE("500", "SKL-KUBP", "Surat keterangan lunas KUBP"),
    KUBP_PORTFOLIO_REPORT("500", "LAP-KUBP", "Laporan portofolio pinjaman KUBP"),
    BENEFICIARY_SUMMARY("400", "PUG", "Rekapitulasi penerima manfaat (data PUG)"),
    // issue 18: one per group and disaster, telling the group of its moratorium.
    KUBP_RELIEF_LETTER("500", "BENCANA-KUBP", "Surat pemberitahuan keringanan angsuran KUBP karena bencana"),
    // issue 20: one per appeal, answering it.
    WRSE_APPEAL_OUTCOME("400.9", "SANGGAH-WRSE", "Surat jawaban sanggahan hasil verifikasi WRSE");

    private final String classification;
    private final String series;
    private final String title;

    LetterType(String classification, String series, String title) {
        this.classification = classification;
        this.series = series;
        this.title = title;
    }

    /** "400.9/0007/DINSOS/2026": four digits at least, more once a series passes 9999 in a year. */
    public String number(int sequence, int year) {
        return String.format("%s/%04d/%s/%d", classification, sequence, series, year);
    }

    /** What the letter is, in Bahasa Indonesia, as the verification page names it. */
    public String title() {
        return title;
    }
}
