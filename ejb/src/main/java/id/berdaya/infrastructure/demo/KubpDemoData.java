package id.berdaya.infrastructure.demo;

import id.berdaya.domain.kubp.group.GroupDetails;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.kubp.group.MemberDetails;
import id.berdaya.domain.kubp.group.MemberRole;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.infrastructure.demo.KubpDemoPortfolio.DemoGroup;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The KUBP demo portfolio, beside {@link DemoData} and under the same conditions (only with
 * {@code -Dberdaya.demo=true}, only into a database without KUBP groups). It writes through the
 * aggregates and repositories as the demo users would have, not through the secured services,
 * which refuse callers without a login such as this start-up bean.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "RuleEngine"})
public class KubpDemoData {

    private static final Logger LOG = Logger.getLogger(KubpDemoData.class.getName());
    private static final MaritalStatus[] STATUSES = {MaritalStatus.MARRIED, MaritalStatus.MARRIED,
        MaritalStatus.MARRIED, MaritalStatus.WIDOWED, MaritalStatus.MARRIED, MaritalStatus.DIVORCED};

    @Inject
    private KubpGroupRepository groups;

    @Inject
    private LoanRepository loans;

    @Inject
    private KubpDemoLoans demoLoans;

    private int person;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!Boolean.getBoolean(DemoData.ENABLED_PROPERTY)) {
            return;
        }
        if (!groups.findAll().isEmpty()) {
            LOG.info("KUBP demo data already present");
            return;
        }
        LocalDate today = KubpDemoLoans.today();
        int loanCount = 0;
        for (int i = 0; i < KubpDemoPortfolio.GROUPS.size(); i++) {
            DemoGroup demo = KubpDemoPortfolio.GROUPS.get(i);
            KubpGroup group = KubpGroup.create(details(demo, i), "petugas", Instant.now(), today);
            groups.add(group);
            loans.flush();
            List<Loan> history = new ArrayList<>();
            if (demo.repaidLoanBefore2022()) {
                history.add(demoLoans.repaidBefore2022(group, i));
            }
            history.add(demoLoans.loan(group, demo.profile(), history, i));
            history.forEach(loans::add);
            loanCount += history.size();
        }
        LOG.info("KUBP demo data loaded: " + KubpDemoPortfolio.GROUPS.size() + " groups in all 20 districts, "
                + loanCount + " loans");
    }

    private GroupDetails details(DemoGroup demo, int index) {
        List<MemberDetails> members = new ArrayList<>();
        for (int m = 0; m < demo.members(); m++) {
            MemberRole role = m == 0 ? MemberRole.CHAIR : m == 1 ? MemberRole.SECRETARY
                    : m == 2 ? MemberRole.TREASURER : MemberRole.MEMBER;
            members.add(member(demo.districtCode(), role));
        }
        LocalDate founded = LocalDate.of(demo.foundedYear(), 1 + index % 12, 10);
        return new GroupDetails(demo.name(), demo.districtCode(), demo.village(), demo.businessField(), founded,
                members);
    }

    /** A woman with a NIK that agrees with her birth date; registered under the pre-2022 district code. */
    private MemberDetails member(String districtCode, MemberRole role) {
        person++;
        LocalDate birth = LocalDate.of(1968 + person % 28, 1 + person % 12, 1 + person % 28);
        String registeredIn = switch (districtCode) {
            case "640219" -> "640208";
            case "640220" -> "640213";
            default -> districtCode;
        };
        String nik = String.format("%s%02d%02d%02d%04d", registeredIn, birth.getDayOfMonth() + 40,
                birth.getMonthValue(), birth.getYear() % 100, person);
        String name = KubpDemoPortfolio.FIRST_NAMES.get(person % KubpDemoPortfolio.FIRST_NAMES.size()) + " "
                + KubpDemoPortfolio.FAMILY_NAMES.get(person % KubpDemoPortfolio.FAMILY_NAMES.size());
        return new MemberDetails(nik, name, Sex.F, birth, STATUSES[person % STATUSES.length], role, districtCode);
    }
}
