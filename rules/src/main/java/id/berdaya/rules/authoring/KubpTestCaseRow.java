package id.berdaya.rules.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A KUBP test case as policy staff edit it: the loan request's terms and the expected outcome (approvable,
 * and which terms it breaks). The members and earlier loans are kept as they were stored and shown as a
 * summary; a new case starts as a copy of an existing one.
 */
public class KubpTestCaseRow {

    private String name;
    private String groupDistrictCode;
    private String applicationDate;
    private Long principal;
    private Integer installments;
    private Integer graceMonths;
    private String membersJson = "[]";
    private String previousLoansJson = "[]";
    private String membersSummary = "";
    private boolean expectedApprovable;
    private List<String> expectedViolations = new ArrayList<>();

    /** A copy under another name (the members and earlier loans included). */
    public KubpTestCaseRow copy(String newName) {
        KubpTestCaseRow copy = new KubpTestCaseRow();
        copy.name = newName;
        copy.groupDistrictCode = groupDistrictCode;
        copy.applicationDate = applicationDate;
        copy.principal = principal;
        copy.installments = installments;
        copy.graceMonths = graceMonths;
        copy.membersJson = membersJson;
        copy.previousLoansJson = previousLoansJson;
        copy.membersSummary = membersSummary;
        copy.expectedApprovable = expectedApprovable;
        copy.expectedViolations = new ArrayList<>(expectedViolations);
        return copy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGroupDistrictCode() {
        return groupDistrictCode;
    }

    public void setGroupDistrictCode(String groupDistrictCode) {
        this.groupDistrictCode = groupDistrictCode;
    }

    public String getApplicationDate() {
        return applicationDate;
    }

    public void setApplicationDate(String applicationDate) {
        this.applicationDate = applicationDate;
    }

    public Long getPrincipal() {
        return principal;
    }

    public void setPrincipal(Long principal) {
        this.principal = principal;
    }

    public Integer getInstallments() {
        return installments;
    }

    public void setInstallments(Integer installments) {
        this.installments = installments;
    }

    public Integer getGraceMonths() {
        return graceMonths;
    }

    public void setGraceMonths(Integer graceMonths) {
        this.graceMonths = graceMonths;
    }

    public String getMembersJson() {
        return membersJson;
    }

    public void setMembersJson(String membersJson) {
        this.membersJson = membersJson;
    }

    public String getPreviousLoansJson() {
        return previousLoansJson;
    }

    public void setPreviousLoansJson(String previousLoansJson) {
        this.previousLoansJson = previousLoansJson;
    }

    /** The members and earlier loans in words, e.g. "10 perempuan (640206); 1 pinjaman sebelumnya, paling lama 120 hari tunggak". */
    public String getMembersSummary() {
        return membersSummary;
    }

    public void setMembersSummary(String membersSummary) {
        this.membersSummary = membersSummary;
    }

    public boolean isExpectedApprovable() {
        return expectedApprovable;
    }

    public void setExpectedApprovable(boolean expectedApprovable) {
        this.expectedApprovable = expectedApprovable;
    }

    public List<String> getExpectedViolations() {
        return expectedViolations;
    }

    public void setExpectedViolations(List<String> expectedViolations) {
        this.expectedViolations = expectedViolations == null ? new ArrayList<>() : new ArrayList<>(expectedViolations);
    }
}
