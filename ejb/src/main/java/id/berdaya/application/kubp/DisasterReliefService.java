package id.berdaya.application.kubp;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.application.reports.LetterIssues;
import id.berdaya.domain.kubp.disaster.Disaster;
import id.berdaya.domain.kubp.disaster.DisasterArea;
import id.berdaya.domain.kubp.disaster.DisasterRepository;
import id.berdaya.domain.kubp.disaster.DisasterType;
import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.ledger.LoanExposure;
import id.berdaya.domain.kubp.ledger.PortfolioAtRisk;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStanding;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionLevel;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.rules.LoanTermRules;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.reports.letter.LetterIssue;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Disaster relief: a supervisor declares a disaster for districts or villages, and in the same
 * job (one transaction: every affected loan or none) each loan in repayment of a group domiciled
 * there gets the moratorium, and each group a relief letter from the letter register.
 */
@Stateless
public class DisasterReliefService {

    private static final Logger LOG = Logger.getLogger(DisasterReliefService.class.getName());

    @Inject
    private LoanTermRules loanTerms;

    @Inject
    private DisasterRepository disasters;

    @Inject
    private LoanRepository loans;

    @Inject
    private RegionRepository regions;

    @Inject
    private LetterIssues letters;

    @Resource
    private SessionContext session;

    /** What the declaration did: the disaster, each relieved loan's revision, each group's letter. */
    public record Relief(Disaster disaster, List<ScheduleRevision> revisions, Map<Long, LetterIssue> lettersByGroup) {
    }

    /** The portfolio on a date with and without a disaster's loans, and their arrears from before it. */
    public record ReliefPortfolio(LocalDate asOf, int affectedLoans, BigDecimal par30All, BigDecimal par90All,
            BigDecimal par30WithoutAffected, BigDecimal par90WithoutAffected, long affectedOutstanding,
            long arrearsBeforeDisaster, long arrearsSinceDisaster) {
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Relief declare(DisasterType type, String description, List<DisasterArea> areas, LocalDate start,
            int moratoriumMonths, String decreeNumber, String verifyBase) {
        for (int i = 0; areas != null && i < areas.size(); i++) {
            DisasterArea area = areas.get(i);
            Region district = area == null || area.getDistrictCode() == null ? null
                    : regions.find(area.getDistrictCode()).orElse(null);
            if (district == null || district.getLevel() != RegionLevel.DISTRICT
                    || !ReferenceDataService.KUTAI_KARTANEGARA.equals(district.getParentCode())) {
                throw new InvalidInputException("areas[" + i + "].districtCode", "areas[" + i
                        + "] names no district of Kutai Kartanegara", "areas[" + i
                        + "] bukan kecamatan di Kabupaten Kutai Kartanegara");
            }
        }
        LocalDate today = KubpCalendar.today();
        Instant now = Instant.now();
        String by = caller();
        Disaster disaster = Disaster.declare(type, description, areas, start, moratoriumMonths, decreeNumber, by, now,
                today);
        disasters.add(disaster);
        loans.flush();
        String reason = "Bencana " + type + " sejak " + start + ", SK " + disaster.getDecreeNumber() + ": penundaan "
                + moratoriumMonths + " bulan";
        List<ScheduleRevision> revisions = new ArrayList<>();
        Map<Long, LetterIssue> letterByGroup = new LinkedHashMap<>();
        for (Loan loan : affected(disaster)) {
            Loan locked = loans.findForUpdate(loan.getId()).orElseThrow();
            revisions.add(locked.relieve(disaster.getId(), start, moratoriumMonths, reason, by, now, today));
            letterByGroup.computeIfAbsent(locked.getGroup().getId(), g -> letters.issue(
                    LetterSubject.of(LetterType.KUBP_RELIEF_LETTER, disaster.getId() + "-" + g),
                    locked.getGroup().getName(), verifyBase, today));
        }
        disaster.recordAffected(revisions.size());
        loans.flush();
        LOG.info(() -> "Disaster " + disaster.getId() + " (" + type + ", SK " + decreeNumber + ") declared by " + by
                + ": " + revisions.size() + " loans relieved, " + letterByGroup.size() + " letters");
        return new Relief(disaster, revisions, letterByGroup);
    }

    private List<Loan> affected(Disaster disaster) {
        return loans.findWithLedger(LoanStatus.REPAYABLE).stream()
                .filter(l -> disaster.covers(l.getGroup().getDistrictCode(), l.getGroup().getVillage()))
                .sorted(java.util.Comparator.comparing(Loan::getId))
                .toList();
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public Disaster find(long id) {
        Disaster d = disasters.find(id).orElseThrow(() -> new NotFoundException("Disaster", id));
        d.getAreas().size();
        return d;
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<Disaster> all() {
        List<Disaster> all = disasters.findAll();
        all.forEach(d -> d.getAreas().size());
        return all;
    }

    /** The loans a disaster relieved, with their revisions and letters' numbers as the register holds them. */
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<Loan> relievedLoans(long disasterId) {
        find(disasterId);
        return loans.findWithLedger(Set.of()).stream()
                .filter(l -> l.getRevisions().stream().anyMatch(r -> Long.valueOf(disasterId).equals(r.getDisasterId())))
                .peek(l -> l.getRevisions().forEach(r -> r.proposedSchedule()))
                .toList();
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public LetterIssue letterOf(long disasterId, long groupId, String groupName, String verifyBase) {
        // A relief letter is dated on the day the disaster was declared, whenever it is printed.
        LocalDate declaredOn = disasters.find(disasterId)
                .orElseThrow(() -> new NotFoundException("Disaster", disasterId))
                .getDeclaredAt().atZone(KubpCalendar.ZONE).toLocalDate();
        return letters.issue(LetterSubject.of(LetterType.KUBP_RELIEF_LETTER, disasterId + "-" + groupId), groupName,
                verifyBase, declaredOn);
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ReliefPortfolio portfolio(long disasterId, LocalDate asOf) {
        Disaster disaster = find(disasterId);
        Set<Long> affected = relievedLoans(disasterId).stream().map(Loan::getId).collect(Collectors.toSet());
        List<LoanExposure> all = new ArrayList<>();
        List<LoanExposure> without = new ArrayList<>();
        long affectedOutstanding = 0;
        long before = 0;
        long since = 0;
        for (Loan loan : loans.findWithLedger(Set.of(LoanStatus.DISBURSED, LoanStatus.ACTIVE, LoanStatus.PAID_OFF,
                LoanStatus.WRITTEN_OFF))) {
            LoanStanding standing = loan.standingOn(asOf);
            if (!standing.isOnBooks()) {
                continue;
            }
            all.add(standing.exposure());
            if (!affected.contains(loan.getId())) {
                without.add(standing.exposure());
                continue;
            }
            affectedOutstanding += standing.outstandingPrincipal().amount();
            for (InstallmentPosition p : standing.position().installments()) {
                if (!p.dueDate().isBefore(asOf)) {
                    continue;
                }
                if (p.dueDate().isBefore(disaster.getStartDate())) {
                    before += p.unpaid().amount();
                } else {
                    since += p.unpaid().amount();
                }
            }
        }
        ArrearsLadder ladder = loanTerms.arrearsLadder();
        PortfolioAtRisk withAll = PortfolioAtRisk.of(all, ladder);
        PortfolioAtRisk withoutAffected = PortfolioAtRisk.of(without, ladder);
        return new ReliefPortfolio(asOf, affected.size(), withAll.par30(), withAll.par90(), withoutAffected.par30(),
                withoutAffected.par90(), affectedOutstanding, before, since);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
