package id.berdaya.application.reports;

import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import id.berdaya.domain.region.Region;
import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.reports.gender.BeneficiaryCount;
import id.berdaya.reports.gender.BeneficiarySummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import id.berdaya.application.letter.LetterRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gender-mainstreaming summary of a year: women who received WRSE goods and KUBP groups that
 * borrowed, by regency and district. Counts come from the records, not from anyone's tally.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF, Role.Names.LOAN_OFFICER})
public class BeneficiaryDocuments {

    /** More applications than a province has in a year; the list query needs a limit. */
    private static final int ALL = 1_000_000;

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private LoanRepository loans;

    @Inject
    private RegionRepository regions;

    @Inject
    private LetterIssues issues;

    /** The summary of a year as of its last day, or as of today for the year under way. */
    public BeneficiarySummary summary(int year, String verifyBase) {
        LetterIssues.notFuture(year, "year");
        LocalDate today = LocalDate.now(LetterRegister.WITA);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return summary(year, today.isBefore(yearEnd) ? today : yearEnd, verifyBase);
    }

    /**
     * The summary of a year as of a date: only aid handed over and loans disbursed by then count, so
     * the letter of that date keeps its figures; a later date is a new letter.
     */
    public BeneficiarySummary summary(int year, LocalDate asOf, String verifyBase) {
        LetterIssues.notFuture(asOf, "asOf");
        Map<String, long[]> byDistrict = new TreeMap<>();
        for (WrseApplication a : applications.list(
                new WrseApplicationRepository.Filter(null, null, ApplicationStatus.AID_DELIVERED, year), 0, ALL)) {
            if (a.getAidHandoverDate() != null && a.getAidHandoverDate().isAfter(asOf)) {
                continue;
            }
            long[] counts = byDistrict.computeIfAbsent(a.getApplicant().getDistrictCode(), d -> new long[5]);
            counts[0]++;
            counts[1] += a.getAidValue() == null ? 0 : a.getAidValue();
        }
        for (Loan loan : loans.findWithLedger(List.of(LoanStatus.DISBURSED, LoanStatus.ACTIVE, LoanStatus.PAID_OFF,
                LoanStatus.WRITTEN_OFF))) {
            if (loan.getEvents().getDisbursedOn() == null || loan.getEvents().getDisbursedOn().getYear() != year
                    || loan.getEvents().getDisbursedOn().isAfter(asOf)) {
                continue;
            }
            long[] counts = byDistrict.computeIfAbsent(loan.getGroup().getDistrictCode(), d -> new long[5]);
            counts[2]++;
            counts[3] += loan.getGroup().getMembers().size();
            counts[4] += loan.getPrincipal().amount();
        }
        List<BeneficiaryCount> rows = new ArrayList<>();
        byDistrict.forEach((code, c) -> {
            Region district = regions.find(code).orElse(null);
            String regency = district == null ? "-" : regions.find(district.getParentCode()).map(Region::getName).orElse("-");
            rows.add(new BeneficiaryCount(regency, district == null ? code : district.getName(), (int) c[0], c[1],
                    (int) c[2], (int) c[3], c[4]));
        });
        IssuingOffice office = IssuingOffice.of("gender");
        return new BeneficiarySummary(office.letterhead(),
                issues.issue(LetterSubject.asOf(LetterType.BENEFICIARY_SUMMARY, year, asOf), office.letterhead().office(),
                        verifyBase, asOf),
                office.signatory(), year, rows);
    }
}
