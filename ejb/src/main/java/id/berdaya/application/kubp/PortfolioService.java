package id.berdaya.application.kubp;

import id.berdaya.application.reference.ReferenceDataService;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.kubp.ledger.PortfolioAtRisk;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStanding;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.rules.LoanTermRules;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.Rupiah;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The portfolio per district on any date, recomputed from every loan's schedule and ledger, so a
 * reversal posted today changes last year's figures as the programme's arithmetic says it must.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
        Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class PortfolioService {

    private static final List<LoanStatus> DISBURSED = List.of(LoanStatus.DISBURSED, LoanStatus.ACTIVE,
            LoanStatus.PAID_OFF, LoanStatus.WRITTEN_OFF);

    @Inject
    private RegionRepository regions;

    @Inject
    private KubpGroupRepository groups;

    @Inject
    private LoanRepository loans;

    @Inject
    private LoanTermRules loanTerms;

    /** The arrears ladder of the KUBP terms in force: the buckets and PAR of every figure here. */
    public ArrearsLadder ladder() {
        return loanTerms.arrearsLadder();
    }

    public Portfolio portfolio(LocalDate asOf) {
        ArrearsLadder ladder = ladder();
        List<KubpGroup> allGroups = groups.findAll();
        Map<String, List<LoanStanding>> onBooks = loans.findWithLedger(DISBURSED).stream()
                .map(loan -> Map.entry(loan.getGroup().getDistrictCode(), loan.standingOn(asOf)))
                .filter(entry -> entry.getValue().isOnBooks())
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Portfolio.Line> lines = new ArrayList<>();
        for (Region district : regions.districtsOf(ReferenceDataService.KUTAI_KARTANEGARA)) {
            long groupCount = allGroups.stream().filter(foundedBy(asOf))
                    .filter(g -> g.getDistrictCode().equals(district.getCode())).count();
            lines.add(line(district.getCode(), district.getName(), groupCount,
                    onBooks.getOrDefault(district.getCode(), List.of()), ladder));
        }
        List<LoanStanding> all = onBooks.values().stream().flatMap(List::stream).toList();
        Portfolio.Line total = line(null, "Kutai Kartanegara", allGroups.stream().filter(foundedBy(asOf)).count(), all, ladder);
        return new Portfolio(asOf, lines, total, ladder);
    }

    /** Loans of a district (all districts when null) more than zero days past due on the date, worst first. */
    public List<Portfolio.LoanInArrears> inArrears(String districtCode, LocalDate asOf) {
        ArrearsLadder ladder = ladder();
        return loans.findWithLedger(DISBURSED).stream()
                .filter(loan -> districtCode == null || loan.getGroup().getDistrictCode().equals(districtCode))
                .map(loan -> Map.entry(loan, loan.standingOn(asOf)))
                .filter(e -> e.getValue().isOnBooks() && e.getValue().daysPastDue() > 0)
                .map(e -> arrears(e.getKey(), e.getValue(), ladder))
                .sorted(Comparator.comparingLong(Portfolio.LoanInArrears::daysPastDue).reversed())
                .toList();
    }

    private static Portfolio.LoanInArrears arrears(Loan loan, LoanStanding standing, ArrearsLadder ladder) {
        KubpGroup group = loan.getGroup();
        return new Portfolio.LoanInArrears(loan.getId(), group.getId(), group.getName(), group.getVillage(),
                group.getDistrictCode(), standing.outstandingPrincipal(), standing.arrearsAmount(),
                standing.daysPastDue(), standing.agingBucket(ladder).name());
    }

    private static Predicate<KubpGroup> foundedBy(LocalDate asOf) {
        return group -> !group.getFoundedOn().isAfter(asOf);
    }

    private static Portfolio.Line line(String code, String name, long groupCount, List<LoanStanding> standings,
            ArrearsLadder ladder) {
        PortfolioAtRisk par = PortfolioAtRisk.of(standings.stream().map(LoanStanding::exposure).toList(), ladder);
        Rupiah arrears = standings.stream().map(LoanStanding::arrearsAmount).reduce(Rupiah.ZERO, Rupiah::plus);
        long late = standings.stream().filter(s -> s.daysPastDue() > 0).count();
        return new Portfolio.Line(code, name, groupCount, standings.size(), par.totalOutstanding(), arrears, late,
                par.par30(), par.par90());
    }
}
