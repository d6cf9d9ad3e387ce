package id.berdaya.reports;

import static id.berdaya.reports.Fixtures.DINSOS_KALTIM;
import static id.berdaya.reports.Fixtures.DP3A_KUKAR;
import static id.berdaya.reports.Fixtures.HEAD_OF_DINSOS;
import static id.berdaya.reports.Fixtures.HEAD_OF_DP3A;
import static id.berdaya.reports.Fixtures.MAWAR_INDAH;
import static id.berdaya.reports.Fixtures.issue;

import id.berdaya.reports.gender.BeneficiaryCount;
import id.berdaya.reports.gender.BeneficiarySummary;
import id.berdaya.reports.kubp.ArrearsWarningLetter;
import id.berdaya.reports.kubp.DistrictPortfolio;
import id.berdaya.reports.kubp.EarlierWarning;
import id.berdaya.reports.kubp.Installment;
import id.berdaya.reports.kubp.LoanApprovalLetter;
import id.berdaya.reports.kubp.LoanTerms;
import id.berdaya.reports.kubp.Member;
import id.berdaya.reports.kubp.OverdueInstallment;
import id.berdaya.reports.kubp.PaymentLine;
import id.berdaya.reports.kubp.PayoffCertificate;
import id.berdaya.reports.kubp.PortfolioReport;
import id.berdaya.reports.kubp.RepaymentStatement;
import id.berdaya.reports.kubp.ScheduleLine;
import id.berdaya.reports.kubp.WarningLevel;
import id.berdaya.reports.wrse.Applicant;
import id.berdaya.reports.wrse.AppealOutcomeLetter;
import id.berdaya.reports.wrse.FailedCriterion;
import id.berdaya.reports.wrse.HandoverItem;
import id.berdaya.reports.wrse.HandoverMinutes;
import id.berdaya.reports.wrse.ProposalList;
import id.berdaya.reports.wrse.ProposedCandidate;
import id.berdaya.reports.wrse.WrseDecisionLetter;
import id.berdaya.reports.wrse.Witness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One realistic instance of each document, for the tests and the benchmark. */
public final class SampleDocuments {

    public static final Applicant SITI = new Applicant("Siti Rahmawati", "6402********0003",
            "Jalan Panji RT 12 Kelurahan Melayu", "Tenggarong", "Kabupaten Kutai Kartanegara", true);
    public static final String DECREE = "Keputusan Kepala Dinas Sosial Provinsi Kalimantan Timur Nomor 40.9/33/DS.V/2023";

    public static final List<String> COPIES_WRSE = List.of("Gubernur Kalimantan Timur (sebagai laporan)",
            "Kepala Dinas Sosial Kabupaten Kutai Kartanegara");
    public static final List<String> COPIES_KUBP = List.of("Bupati Kutai Kartanegara (sebagai laporan)",
            "Camat Tenggarong");

    private SampleDocuments() {
    }

    public static WrseDecisionLetter eligibleDecision() {
        return new WrseDecisionLetter(DINSOS_KALTIM, issue("400.9/0007/DINSOS/2026"), HEAD_OF_DINSOS, SITI,
                "WRSE-2026-000123", LocalDate.of(2026, 10, 5), true, List.of(), 3_000_000, 2026, DECREE, COPIES_WRSE);
    }

    public static WrseDecisionLetter ineligibleDecision() {
        return new WrseDecisionLetter(DINSOS_KALTIM, issue("400.9/0008/DINSOS/2026"), HEAD_OF_DINSOS, SITI,
                "WRSE-2026-000124", LocalDate.of(2026, 10, 6), false, List.of(
                        new FailedCriterion("AGE", "Usia 61 tahun pada tanggal permohonan; batas usia 18–59 tahun"),
                        new FailedCriterion("PKH", "Saat ini tercatat sebagai penerima PKH")),
                3_000_000, 2026, DECREE, COPIES_WRSE);
    }

    public static AppealOutcomeLetter upheldAppeal() {
        return new AppealOutcomeLetter(DINSOS_KALTIM, issue("400.9/0002/SANGGAH-WRSE/2026"), HEAD_OF_DINSOS, SITI,
                "WRSE-2026-000124", "400.9/0008/DINSOS/2026", LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 20),
                AppealOutcomeLetter.Outcome.UPHELD, true, DECREE, List.of(), 3_000_000, 2026, COPIES_WRSE);
    }

    public static AppealOutcomeLetter dismissedAppeal() {
        return new AppealOutcomeLetter(DINSOS_KALTIM, issue("400.9/0003/SANGGAH-WRSE/2026"), HEAD_OF_DINSOS, SITI,
                "WRSE-2026-000125", "400.9/0009/DINSOS/2026", LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 21),
                AppealOutcomeLetter.Outcome.DISMISSED, false, DECREE,
                List.of(new FailedCriterion("REGISTRY", "Tidak terdaftar di DTSEN desil 1–4")), 3_000_000, 2026, COPIES_WRSE);
    }

    public static ProposalList proposalList() {
        List<ProposedCandidate> candidates = List.of(
                new ProposedCandidate(1, "Siti Rahmawati", "6402********0003", "Tenggarong", 90, "Kuliner"),
                new ProposedCandidate(2, "Nurul Hidayah", "6402********0011", "Loa Kulu", 75, "Menjahit"),
                new ProposedCandidate(3, "Wahyuni Saputri", "6402********0002", "Muara Badak", 55, "Warung"));
        return new ProposalList(DINSOS_KALTIM, issue("400.9/0011/USUL-WRSE/2026"), HEAD_OF_DINSOS,
                "Dinas Sosial Kabupaten Kutai Kartanegara", 2026, candidates, 3_000_000);
    }

    public static HandoverMinutes handoverMinutes() {
        return new HandoverMinutes(DINSOS_KALTIM, issue("400.9/0015/BAST-WRSE/2026"), HEAD_OF_DINSOS, SITI,
                LocalDate.of(2026, 11, 23), "Aula Kantor Kecamatan Tenggarong", "WRSE Tahun 2026", List.of(
                        new HandoverItem("Kompor gas dua tungku dan tabung 3 kg", 1, "set", 1_250_000L),
                        new HandoverItem("Panci, wajan dan perlengkapan masak", 1, "paket", 1_100_000L),
                        new HandoverItem("Etalase kaca dagangan", 1, "unit", 650_000L)), 3_000_000,
                List.of(new Witness("Rina Wulandari", "Pendamping Sosial"),
                        new Witness("Agus Salim", "Kepala Desa Melayu")));
    }

    public static LoanApprovalLetter loanApproval() {
        List<Member> members = new ArrayList<>();
        String[] names = {"Siti Aminah", "Rusmini", "Dewi Anggraini", "Hartati", "Masitah", "Jumiati"};
        for (int i = 0; i < names.length; i++) {
            members.add(new Member(names[i], "6402********00" + (10 + i), i == 0 ? "Ketua" : i == 1 ? "Bendahara" : "Anggota"));
        }
        return new LoanApprovalLetter(DP3A_KUKAR, issue("500/0012/KUBP/2026"), HEAD_OF_DP3A, MAWAR_INDAH,
                "KUBP-2026-0042", 50_000_000, 1, members, schedule(12, 50_000_000, LocalDate.of(2027, 1, 5)),
                new LoanTerms(0, false, "Aturan KUBP versi 2026.1, berlaku sejak 1 Januari 2026", 90), COPIES_KUBP);
    }

    /** A 24-month loan of Rp 48,000,000 with 13 installments paid, one payment reversed, 2 overdue. */
    public static RepaymentStatement repaymentStatement() {
        LocalDate first = LocalDate.of(2025, 8, 10);
        List<ScheduleLine> schedule = new ArrayList<>();
        List<PaymentLine> payments = new ArrayList<>();
        for (int n = 1; n <= 24; n++) {
            LocalDate due = first.plusMonths(n - 1);
            boolean paid = n <= 13;
            boolean overdue = !paid && due.isBefore(LocalDate.of(2026, 11, 22));
            schedule.add(new ScheduleLine(n, due, 2_000_000, paid ? 2_000_000 : 0, paid ? 0 : 2_000_000,
                    paid ? "Lunas" : overdue ? "Menunggak" : "Belum jatuh tempo"));
            if (paid) {
                payments.add(new PaymentLine(due.minusDays(1), due.minusDays(2), "BYR-" + (1000 + n),
                        "Setoran angsuran ke-" + n, 2_000_000, false, false));
            }
        }
        payments.add(new PaymentLine(LocalDate.of(2026, 9, 11), LocalDate.of(2026, 9, 10), "BYR-1014",
                "Setoran angsuran ke-14", 2_000_000, false, true));
        payments.add(new PaymentLine(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 10), "BTL-1014",
                "Pembatalan BYR-1014: setoran ganda dari kelompok lain", 2_000_000, true, false));
        return new RepaymentStatement(DP3A_KUKAR, issue("500/0031/REK-KUBP/2026"), HEAD_OF_DP3A, MAWAR_INDAH,
                "KUBP-2025-0017", LocalDate.of(2026, 11, 22), 48_000_000, LocalDate.of(2025, 7, 10), schedule, payments,
                26_000_000, 22_000_000, 4_000_000, 73, null);
    }

    public static ArrearsWarningLetter warning(WarningLevel level, int daysPastDue) {
        return new ArrearsWarningLetter(DP3A_KUKAR, issue("500/0044/SP-KUBP/2026"), HEAD_OF_DP3A, MAWAR_INDAH,
                "KUBP-2025-0017", LocalDate.of(2026, 11, 22), level, daysPastDue, List.of(
                        new OverdueInstallment(14, LocalDate.of(2026, 9, 10), 2_000_000, 2_000_000, daysPastDue),
                        new OverdueInstallment(15, LocalDate.of(2026, 10, 10), 2_000_000, 1_500_000, daysPastDue - 30)),
                LocalDate.of(2026, 12, 6), level == WarningLevel.FIRST ? null
                        : new EarlierWarning("500/0031/SP-KUBP/2026", LocalDate.of(2026, 10, 20)), COPIES_KUBP);
    }

    public static PayoffCertificate payoffCertificate() {
        return new PayoffCertificate(DP3A_KUKAR, issue("500/0003/SKL-KUBP/2026"), HEAD_OF_DP3A, MAWAR_INDAH,
                "KUBP-2025-0042", 50_000_000, LocalDate.of(2025, 1, 6), LocalDate.of(2026, 11, 20), 24);
    }

    /** One of each document type (and both decisions, all three warnings), by name. */
    public static java.util.Map<String, Document> everyType() {
        java.util.Map<String, Document> all = new java.util.LinkedHashMap<>();
        all.put("wrse-decision-eligible", eligibleDecision());
        all.put("wrse-decision-ineligible", ineligibleDecision());
        all.put("wrse-appeal-upheld", upheldAppeal());
        all.put("wrse-appeal-dismissed", dismissedAppeal());
        all.put("wrse-proposal-list", proposalList());
        all.put("wrse-handover-minutes", handoverMinutes());
        all.put("kubp-approval-letter", loanApproval());
        all.put("kubp-statement", repaymentStatement());
        all.put("kubp-warning-1", warning(WarningLevel.FIRST, 43));
        all.put("kubp-warning-2", warning(WarningLevel.SECOND, 73));
        all.put("kubp-warning-3", warning(WarningLevel.THIRD, 103));
        all.put("kubp-payoff-certificate", payoffCertificate());
        all.put("kubp-portfolio", portfolio());
        all.put("beneficiary-summary", beneficiaries());
        return all;
    }

    public static PortfolioReport portfolio() {
        List<DistrictPortfolio> districts = List.of(
                new DistrictPortfolio("640201", "Semboja", 14, 612_000_000, 18_000_000, 0.0735, 0),
                new DistrictPortfolio("640205", "Loa Kulu", 9, 388_500_000, 0, 0, 0),
                new DistrictPortfolio("640207", "Tenggarong", 21, 1_034_000_000, 62_000_000, 0.1161, 0.0290),
                new DistrictPortfolio("640210", "Muara Badak", 7, 254_000_000, 4_000_000, 0, 0));
        return new PortfolioReport(DP3A_KUKAR, issue("500/0050/LAP-KUBP/2026"), HEAD_OF_DP3A,
                LocalDate.of(2026, 11, 22), districts,
                new DistrictPortfolio(null, "Jumlah", 51, 2_288_500_000L, 84_000_000, 0.0721, 0.0131), 30, 90);
    }

    public static BeneficiarySummary beneficiaries() {
        return new BeneficiarySummary(DINSOS_KALTIM, issue("400/0003/PUG/2026"), HEAD_OF_DINSOS, 2026, List.of(
                new BeneficiaryCount("Kabupaten Kutai Kartanegara", "Tenggarong", 12, 36_000_000, 21, 198, 1_034_000_000),
                new BeneficiaryCount("Kabupaten Kutai Kartanegara", "Loa Kulu", 5, 15_000_000, 9, 87, 388_500_000),
                new BeneficiaryCount("Kota Samarinda", "Samarinda Ulu", 18, 54_000_000, 0, 0, 0),
                new BeneficiaryCount("Kota Samarinda", "Sungai Kunjang", 7, 21_000_000, 0, 0, 0)));
    }

    /** Equal installments, the last absorbing the rest, monthly from the first due date. */
    public static List<Installment> schedule(int count, long principal, LocalDate firstDue) {
        long regular = principal / count;
        List<Installment> installments = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            long amount = n < count ? regular : principal - regular * (count - 1);
            installments.add(new Installment(n, firstDue.plusMonths(n - 1), amount));
        }
        return installments;
    }
}
