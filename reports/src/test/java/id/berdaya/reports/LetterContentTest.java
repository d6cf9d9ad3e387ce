package id.berdaya.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.reports.kubp.RepaymentStatement;
import id.berdaya.reports.kubp.WarningLevel;
import id.berdaya.reports.kubp.WriteOff;
import id.berdaya.reports.wrse.Applicant;
import id.berdaya.reports.wrse.WrseDecisionLetter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a records officer checks on a letter: addressed rightly, nothing empty printed, amounts kept whole. */
class LetterContentTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @Test
    void aManIsAddressedAsSaudaraAndAnUnknownVillageIsLeftOut() {
        Applicant budi = new Applicant("Budi Santoso", "6402********0009", "", "Tenggarong",
                "Kabupaten Kutai Kartanegara", false);
        WrseDecisionLetter letter = new WrseDecisionLetter(Fixtures.DINSOS_KALTIM, Fixtures.issue("400.9/0009/DINSOS/2026"),
                Fixtures.HEAD_OF_DINSOS, budi, "WRSE-2026-000125", LocalDate.of(2026, 10, 6), false,
                java.util.List.of(new id.berdaya.reports.wrse.FailedCriterion("SEX", "Pemohon bukan perempuan")),
                3_000_000, 2026, SampleDocuments.DECREE);

        String text = PdfText.of(PdfText.keep("wrse-decision-man", RENDERER.render(letter))).text();

        assertThat(text).contains("Sdr. Budi Santoso", "atas perhatian Saudara").doesNotContain("Sdri.", "Saudari", "null");
    }

    @Test
    void aWomanIsAddressedAsSaudari() {
        String text = PdfText.of(RENDERER.render(SampleDocuments.eligibleDecision())).text();

        assertThat(text).contains("Sdri. Siti Rahmawati", "Saudari").doesNotContain("Sdr. ", "null");
    }

    @Test
    void laterWarningsCiteTheEarlierOneAndTheFirstCitesNone() {
        String second = PdfText.of(RENDERER.render(SampleDocuments.warning(WarningLevel.SECOND, 73))).text();
        String first = PdfText.of(RENDERER.render(SampleDocuments.warning(WarningLevel.FIRST, 43))).text();

        assertThat(second).contains("SP-2", "Menindaklanjuti surat peringatan kami Nomor 500/0031/SP-KUBP/2026 tanggal 20 Oktober 2026");
        assertThat(first).contains("SP-1").doesNotContain("Menindaklanjuti");
    }

    @Test
    void aWrittenOffLoansStatementSaysSoWithDateAndAmount() {
        RepaymentStatement live = SampleDocuments.repaymentStatement();
        RepaymentStatement writtenOff = new RepaymentStatement(live.letterhead(), live.issue(), live.signatory(),
                live.group(), live.loanNumber(), live.asOf(), live.principal(), live.disbursedOn(), live.schedule(),
                live.payments(), live.paid(), live.balance(), live.arrears(), live.daysPastDue(),
                new WriteOff(LocalDate.of(2026, 10, 31), 22_000_000));

        assertThat(PdfText.of(PdfText.keep("kubp-statement-written-off", RENDERER.render(writtenOff))).text())
                .contains("Dihapusbukukan pada 31 Oktober 2026 sebesar Rp 22.000.000");
        assertThat(PdfText.of(RENDERER.render(live)).text()).doesNotContain("Dihapusbukukan");
    }

    @Test
    void theApprovalLetterAttachesNothingSoLampiranIsADash() {
        assertThat(PdfText.of(RENDERER.render(SampleDocuments.loanApproval())).text())
                .contains("Lampiran : -").doesNotContain("lembar jadwal");
    }

    @Test
    void rpAndItsAmountAreJoinedByANoBreakSpace() {
        assertThat(PdfText.raw(RENDERER.render(SampleDocuments.warning(WarningLevel.FIRST, 43))))
                .contains("Rp\u00a03.500.000").doesNotContain("Rp 3.500.000");
    }

    @Test
    void receiptNumbersArePrintedInFull() {
        String text = PdfText.of(RENDERER.render(SampleDocuments.repaymentStatement())).text();

        assertThat(text).contains("BTL-1014", "BYR-1014");
    }

    @Test
    void theKopNamesTheGovernmentTheAgencyItsAddressAndContactsBesideTheEmblem() {
        PdfText pdf = PdfText.of(RENDERER.render(SampleDocuments.warning(WarningLevel.FIRST, 43)));

        assertThat(pdf.text()).contains("PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
                "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "Jalan Wolter Monginsidi Nomor 1, Tenggarong 75511",
                "Telepon (0541) 661234", "Laman dp3a.kukarkab.go.id", "Pos-el dp3a@kukarkab.go.id",
                "Tenggarong, 22 November 2026", "Kepada Yth.");
        assertThat(pdf.images()).as("emblem and QR code").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theSignatureBlockGivesPositionInCapitalsNameRankAndNip() {
        String text = PdfText.of(RENDERER.render(SampleDocuments.eligibleDecision())).text();

        assertThat(text).contains("KEPALA DINAS SOSIAL PROVINSI KALIMANTAN TIMUR,", "Hj. Nurhayati, S.Sos., M.Si.",
                "Pembina Utama Muda (IV/c)", "NIP. 19720614 199803 2 007");
    }
}
