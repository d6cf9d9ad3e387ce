package id.berdaya.application.reports;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.application.kubp.Portfolio;
import id.berdaya.application.kubp.PortfolioService;
import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.ledger.InstallmentStatus;
import id.berdaya.domain.kubp.ledger.LoanPosition;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanStanding;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.application.letter.LetterRegister;
import id.berdaya.domain.letter.LegalBasisRepository;
import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.Sex;
import id.berdaya.reports.kubp.EarlierWarning;
import id.berdaya.reports.kubp.WriteOff;
import id.berdaya.domain.letter.LetterType;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.reports.kubp.ArrearsWarningLetter;
import id.berdaya.reports.kubp.BorrowingGroup;
import id.berdaya.reports.kubp.DistrictPortfolio;
import id.berdaya.reports.kubp.Installment;
import id.berdaya.reports.kubp.LoanApprovalLetter;
import id.berdaya.reports.kubp.LoanTerms;
import id.berdaya.reports.kubp.Member;
import id.berdaya.reports.kubp.OverdueInstallment;
import id.berdaya.reports.kubp.PayoffCertificate;
import id.berdaya.reports.kubp.PortfolioReport;
import id.berdaya.reports.kubp.RepaymentStatement;
import id.berdaya.reports.kubp.ScheduleLine;
import id.berdaya.reports.kubp.WarningLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The KUBP documents of a loan or of the portfolio, filled from the loan's schedule and ledger as of
 * a date, each issued in the letter register. A document the loan's state does not allow is a 409:
 * no warning while nothing is beyond the first step of the arrears ladder, no payoff certificate before the loan is paid off.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
public class KubpDocuments {

    /** Days a group gets to pay its arrears after a warning letter. */
    static final int DAYS_TO_PAY = 14;
    static final String REGENCY = "Kabupaten Kutai Kartanegara";

    @Inject
    private id.berdaya.domain.rules.LoanTermRules loanTerms;

    @Inject
    private LoanQueryService loans;

    @Inject
    private PortfolioService portfolios;

    @Inject
    private RegionRepository regions;

    @Inject
    private LetterIssues issues;

    @Inject
    private LetterRegister register;

    @Inject
    private LegalBasisRepository legalBases;

    public LoanApprovalLetter approvalLetter(long loanId, String verifyBase) {
        Loan loan = loans.find(loanId);
        if (loan.getStatus() == LoanStatus.APPLIED) {
            throw conflict(loan, "is not approved yet", "belum disetujui");
        }
        KubpGroup group = loan.getGroup();
        List<Member> members = group.getMembers().stream()
                .sorted(Comparator.comparing(GroupMember::getRole))
                .map(m -> new Member(m.getFullName(), m.getMaskedNik(), roleName(m.getRole()))).toList();
        List<Installment> schedule = loan.schedule().installments().stream()
                .map(i -> new Installment(i.number(), i.dueDate(), i.amount().amount())).toList();
        var terms = loan.getTerms();
        IssuingOffice office = IssuingOffice.of("kubp");
        // Dated on the approval, whenever it is printed.
        LocalDate approvedOn = loan.getEvents().getApprovedAt().atZone(KubpCalendar.ZONE).toLocalDate();
        return new LoanApprovalLetter(office.letterhead(),
                issues.issue(LetterSubject.of(LetterType.KUBP_APPROVAL_LETTER, loanId), group.getName(), verifyBase,
                        approvedOn),
                office.signatory(), group(group), loanNumber(loan), loan.getPrincipal().amount(), loan.getGraceMonths(),
                members, schedule, new LoanTerms(terms.getInterestRatePercent().intValue(), terms.isCollateralRequired(),
                        legalBases.of(RuleSetKind.KUBP_TERMS, terms.getRuleSetVersion()).citation(),
                        loanTerms.arrearsLadder().step3()),
                office.copies("approval", district(group)));
    }

    public RepaymentStatement statement(long loanId, LocalDate asOf, String verifyBase) {
        LetterIssues.notFuture(asOf, "asOf");
        Loan loan = loans.find(loanId);
        if (!loan.getStatus().isDisbursed()) {
            throw conflict(loan, "has not been disbursed: there is nothing to state", "belum dicairkan");
        }
        LoanPosition position = loan.standingOn(asOf).position();
        List<ScheduleLine> schedule = position.installments().stream().map(KubpDocuments::line).toList();
        IssuingOffice office = IssuingOffice.of("kubp");
        return new RepaymentStatement(office.letterhead(),
                issues.issue(LetterSubject.asOf(LetterType.KUBP_REPAYMENT_STATEMENT, loanId, asOf),
                        loan.getGroup().getName(), verifyBase, asOf),
                office.signatory(), group(loan.getGroup()), loanNumber(loan), asOf, loan.getPrincipal().amount(),
                loan.getEvents().getDisbursedOn(), schedule, StatementLedger.of(loan, asOf),
                position.totalPaid().amount(), position.outstandingPrincipal().amount(),
                position.arrearsAmount().amount(), (int) position.daysPastDue(), writeOff(loan, asOf));
    }

    /** The write-off, if the loan was written off by the date: its day and the principal then left. */
    private static WriteOff writeOff(Loan loan, LocalDate asOf) {
        LocalDate on = loan.getEvents().getWrittenOffOn();
        if (on == null || asOf.isBefore(on)) {
            return null;
        }
        return new WriteOff(on, loan.standingOn(on).position().outstandingPrincipal().amount());
    }

    /**
     * The warning due for the loan's arrears as of the date. Warnings follow one arrears event (from
     * the first day the loan fell behind until it is current again): SP-1 first; SP-2 only after an
     * SP-1 of the same event whose deadline has passed and beyond the second step of the arrears ladder
     * (60 days by default); SP-3 likewise after an SP-2 and beyond its third step (90 days). When no further warning is due, the last one issued for
     * the event is the answer (same number); a written-off loan gets none.
     */
    public ArrearsWarningLetter warningLetter(long loanId, LocalDate asOf, String verifyBase) {
        LetterIssues.notFuture(asOf, "asOf");
        Loan loan = loans.find(loanId);
        if (loan.getStatus() == LoanStatus.WRITTEN_OFF) {
            throw conflict(loan, "was written off on " + loan.getEvents().getWrittenOffOn()
                    + ": nobody is warned about a written-off loan", "telah dihapusbukukan pada "
                    + loan.getEvents().getWrittenOffOn() + ": tidak ada surat peringatan untuk pinjaman yang dihapusbukukan");
        }
        LoanStanding standing = loan.standingOn(asOf);
        if (!standing.isOnBooks()) {
            throw conflict(loan, "is not on the books on " + asOf + " (" + standing.status() + ")",
                    "tidak berjalan pada " + asOf + " (" + standing.status() + ")");
        }
        int daysPastDue = (int) standing.daysPastDue();
        // The warnings climb the arrears ladder of the terms in force (by default 30, 60 and 90 days).
        id.berdaya.domain.kubp.ledger.ArrearsLadder ladder = loanTerms.arrearsLadder();
        int dueLevel = ladder.warningLevelFor(daysPastDue);
        if (dueLevel == 0) {
            throw conflict(loan, "is " + daysPastDue + " days past due on " + asOf + ": a warning needs more than "
                    + ladder.step1(), daysPastDue + " hari terlambat pada " + asOf
                    + ": surat peringatan baru untuk tunggakan lebih dari " + ladder.step1() + " hari");
        }
        WarningLevel due = WarningLevel.values()[dueLevel - 1];
        LocalDate since = arrearsSince(loan, asOf);
        List<Letter> issued = register.warnings(loanId, since);
        Letter last = issued.isEmpty() ? null : issued.get(issued.size() - 1);
        int next = last == null ? 1 : last.getWarningLevel() + 1;
        boolean nextIsDue = next <= 3 && due.ordinal() + 1 >= next
                && (last == null || asOf.isAfter(last.getAsOf().plusDays(DAYS_TO_PAY)));
        if (!nextIsDue) {
            if (last == null) {
                throw new IllegalStateException("SP-1 is always due past the first step of the ladder");
            }
            return warning(loan, last.getAsOf(), WarningLevel.values()[last.getWarningLevel() - 1],
                    LetterIssues.printed(last, verifyBase), earlier(last));
        }
        Letter previous = last;
        Letter letter = register.issue(LetterSubject.warning(loanId, since, next, asOf), loan.getGroup().getName(),
                asOf, l -> l.warning(next, since, previous));
        return warning(loan, letter.getAsOf(), WarningLevel.values()[letter.getWarningLevel() - 1],
                LetterIssues.printed(letter, verifyBase), earlier(letter));
    }

    private ArrearsWarningLetter warning(Loan loan, LocalDate asOf, WarningLevel level,
            id.berdaya.reports.letter.LetterIssue issue, EarlierWarning earlier) {
        LoanStanding standing = loan.standingOn(asOf);
        List<OverdueInstallment> overdue = standing.position().installments().stream()
                .filter(p -> p.status() == InstallmentStatus.OVERDUE)
                .map(p -> new OverdueInstallment(p.number(), p.dueDate(), p.amount().amount(), p.unpaid().amount(),
                        (int) ChronoUnit.DAYS.between(p.dueDate(), asOf)))
                .toList();
        IssuingOffice office = IssuingOffice.of("kubp");
        return new ArrearsWarningLetter(office.letterhead(), issue, office.signatory(), group(loan.getGroup()),
                loanNumber(loan), asOf, level, (int) standing.daysPastDue(), overdue, asOf.plusDays(DAYS_TO_PAY), earlier,
                office.copies("warning", district(loan.getGroup())));
    }

    private static EarlierWarning earlier(Letter warning) {
        return warning.getCitesNumber() == null ? null : new EarlierWarning(warning.getCitesNumber(), warning.getCitesDate());
    }

    /**
     * The first day of the arrears the loan is in on the date: the day after the due date of its oldest
     * unpaid installment, or earlier if it was already behind then without a break.
     */
    static LocalDate arrearsSince(Loan loan, LocalDate asOf) {
        LocalDate day = asOf;
        LocalDate since = asOf;
        while (true) {
            long behind = loan.standingOn(day).daysPastDue();
            if (behind == 0) {
                return since;
            }
            since = day.minusDays(behind - 1);
            day = since.minusDays(1);
        }
    }

    public PayoffCertificate payoffCertificate(long loanId, String verifyBase) {
        Loan loan = loans.find(loanId);
        if (loan.getStatus() != LoanStatus.PAID_OFF) {
            throw conflict(loan, "is " + loan.getStatus() + ", not paid off", "berstatus " + loan.getStatus()
                    + ", belum lunas");
        }
        LocalDate paidOffOn = StatementLedger.lastCountingPayment(loan);
        IssuingOffice office = IssuingOffice.of("kubp");
        return new PayoffCertificate(office.letterhead(),
                issues.issue(LetterSubject.of(LetterType.KUBP_PAYOFF_CERTIFICATE, loanId), loan.getGroup().getName(),
                        verifyBase, paidOffOn),
                office.signatory(), group(loan.getGroup()), loanNumber(loan), loan.getPrincipal().amount(),
                loan.getEvents().getDisbursedOn(), paidOffOn, loan.getInstallmentCount());
    }

    public PortfolioReport portfolio(LocalDate asOf, String verifyBase) {
        LetterIssues.notFuture(asOf, "asOf");
        Portfolio portfolio = portfolios.portfolio(asOf);
        IssuingOffice office = IssuingOffice.of("kubp");
        return new PortfolioReport(office.letterhead(),
                issues.issue(LetterSubject.asOf(LetterType.KUBP_PORTFOLIO_REPORT, "6402", asOf),
                        office.letterhead().office(), verifyBase, asOf),
                office.signatory(), asOf, portfolio.districts().stream().map(KubpDocuments::district).toList(),
                district(portfolio.total()), portfolio.ladder().step1(), portfolio.ladder().step3());
    }

    /** The loans on the books on the date, of one district or (null) of all: what a statement batch prints. */
    public List<Long> loansOnBooks(String districtCode, LocalDate asOf) {
        return loans.list(List.of(LoanStatus.DISBURSED, LoanStatus.ACTIVE, LoanStatus.PAID_OFF, LoanStatus.WRITTEN_OFF))
                .stream()
                .filter(loan -> districtCode == null || loan.getGroup().getDistrictCode().equals(districtCode))
                .filter(loan -> loan.standingOn(asOf).isOnBooks())
                .sorted(Comparator.comparing((Loan loan) -> loan.getGroup().getDistrictCode()).thenComparing(Loan::getId))
                .map(Loan::getId)
                .toList();
    }

    /** Today in East Kalimantan, the default of every "as of". */
    public static LocalDate today() {
        return KubpCalendar.today();
    }

    private String district(KubpGroup group) {
        return regions.find(group.getDistrictCode()).map(Region::getName).orElse(group.getDistrictCode());
    }

    private BorrowingGroup group(KubpGroup group) {
        String district = regions.find(group.getDistrictCode()).map(Region::getName).orElse(group.getDistrictCode());
        GroupMember chair = group.getMembers().stream().filter(m -> m.getRole() == MemberRole.CHAIR).findFirst()
                .orElse(null);
        return new BorrowingGroup(group.getName(), district, REGENCY, chair == null ? "-" : chair.getFullName(),
                Addresses.join(Addresses.part("Desa/Kelurahan ", group.getVillage()), "Kecamatan " + district),
                chair == null || chair.getSex() != Sex.M);
    }

    private static ScheduleLine line(InstallmentPosition p) {
        String status = switch (p.status()) {
            case PAID -> "Lunas";
            case OVERDUE -> "Menunggak";
            case PARTIALLY_PAID -> "Dibayar sebagian";
            case DUE_TODAY -> "Jatuh tempo hari ini";
            case NOT_YET_DUE -> "Belum jatuh tempo";
        };
        return new ScheduleLine(p.number(), p.dueDate(), p.amount().amount(), p.paid().amount(), p.unpaid().amount(), status);
    }

    private static DistrictPortfolio district(Portfolio.Line line) {
        return new DistrictPortfolio(line.districtCode(), line.name(), line.activeLoans(),
                line.outstandingPrincipal().amount(), line.arrearsAmount().amount(),
                line.par30().doubleValue(), line.par90().doubleValue());
    }

    private static String roleName(MemberRole role) {
        return switch (role) {
            case CHAIR -> "Ketua";
            case SECRETARY -> "Sekretaris";
            case TREASURER -> "Bendahara";
            case MEMBER -> "Anggota";
        };
    }

    /** "KUBP-2025-0042": the loan's id with its year, as the loan pages show it. */
    static String loanNumber(Loan loan) {
        LocalDate since = loan.getEvents().getDisbursedOn() != null ? loan.getEvents().getDisbursedOn()
                : loan.getPlannedDisbursementDate();
        return String.format("KUBP-%d-%04d", since.getYear(), loan.getId());
    }

    private static StateConflictException conflict(Loan loan, String en, String id) {
        return new StateConflictException("Loan " + loan.getId() + " " + en, "Pinjaman " + loan.getId() + " " + id);
    }
}
