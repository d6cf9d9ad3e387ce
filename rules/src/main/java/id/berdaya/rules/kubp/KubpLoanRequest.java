package id.berdaya.rules.kubp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The fact the KUBP rules judge: a group's loan request with its members and loan history. */
public final class KubpLoanRequest {

    private final String groupDistrictCode;
    private final LocalDate applicationDate;
    private final long principal;
    private final int installments;
    private final int graceMonths;
    private final List<KubpMember> members;
    private final List<PreviousLoan> previousLoans;

    private KubpLoanRequest(Builder b) {
        this.groupDistrictCode = Objects.requireNonNull(b.groupDistrictCode, "groupDistrictCode");
        this.applicationDate = Objects.requireNonNull(b.applicationDate, "applicationDate");
        this.principal = b.principal;
        this.installments = b.installments;
        this.graceMonths = b.graceMonths;
        this.members = List.copyOf(b.members);
        this.previousLoans = List.copyOf(b.previousLoans);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getGroupDistrictCode() {
        return groupDistrictCode;
    }

    public LocalDate getApplicationDate() {
        return applicationDate;
    }

    /** Whole rupiah. */
    public long getPrincipal() {
        return principal;
    }

    /** Number of monthly installments (the tenor). */
    public int getInstallments() {
        return installments;
    }

    /** Whole months between disbursement and the first due date, minus the one regular month. */
    public int getGraceMonths() {
        return graceMonths;
    }

    public List<KubpMember> getMembers() {
        return members;
    }

    public int getMemberCount() {
        return members.size();
    }

    public List<PreviousLoan> getPreviousLoans() {
        return previousLoans;
    }

    @Override
    public String toString() {
        return "KubpLoanRequest[" + groupDistrictCode + ", Rp " + principal + ", " + installments + "x, "
                + members.size() + " members]";
    }

    public static final class Builder {
        private String groupDistrictCode;
        private LocalDate applicationDate;
        private long principal;
        private int installments;
        private int graceMonths;
        private List<KubpMember> members = List.of();
        private List<PreviousLoan> previousLoans = List.of();

        private Builder() {
        }

        public Builder groupDistrictCode(String groupDistrictCode) {
            this.groupDistrictCode = groupDistrictCode;
            return this;
        }

        public Builder applicationDate(LocalDate applicationDate) {
            this.applicationDate = applicationDate;
            return this;
        }

        public Builder principal(long principal) {
            this.principal = principal;
            return this;
        }

        public Builder installments(int installments) {
            this.installments = installments;
            return this;
        }

        public Builder graceMonths(int graceMonths) {
            this.graceMonths = graceMonths;
            return this;
        }

        public Builder members(List<KubpMember> members) {
            this.members = members;
            return this;
        }

        public Builder previousLoans(List<PreviousLoan> previousLoans) {
            this.previousLoans = previousLoans;
            return this;
        }

        public KubpLoanRequest build() {
            return new KubpLoanRequest(this);
        }
    }
}
