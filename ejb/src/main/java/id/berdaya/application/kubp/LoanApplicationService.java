package id.berdaya.application.kubp;

import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.group.KubpGroupRepository;
import id.berdaya.domain.kubp.loan.KubpLoanRequests;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanApplication;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.kubp.loan.LoanTerms;
import id.berdaya.domain.kubp.loan.ScheduleRefusedException;
import id.berdaya.domain.kubp.schedule.InvalidScheduleException;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.RoundedUpEqualInstallments;
import id.berdaya.domain.kubp.schedule.ScheduleParameters;
import id.berdaya.domain.rules.LoanTermRules;
import id.berdaya.domain.rules.LoanTermRules.TermsEvaluation;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.rules.kubp.KubpLoanRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loan applications: the KUBP rule set in force judges the group and the request, and a request
 * that breaks any term is refused with every broken term's reason. Schedule previews are
 * arithmetic only and open to all staff.
 */
@Stateless
public class LoanApplicationService {

    private static final Logger LOG = Logger.getLogger(LoanApplicationService.class.getName());

    @Inject
    private KubpGroupRepository groups;

    @Inject
    private LoanRepository loans;

    @Inject
    private LoanTermRules loanTerms;

    @Resource
    private SessionContext session;

    /** Checks and builds in one step, so parameters the arithmetic refuses come back as bad input. */
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.POLICY_STAFF, Role.Names.FINANCE_STAFF,
            Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public RepaymentSchedule preview(Rupiah principal, int installments, LocalDate firstDueDate, long roundingMultiple) {
        return new RoundedUpEqualInstallments().generate(
                parameters(principal, installments, firstDueDate, roundingMultiple));
    }

    private static ScheduleParameters parameters(Rupiah principal, int installments, LocalDate firstDueDate,
            long roundingMultiple) {
        try {
            return new ScheduleParameters(principal, installments, firstDueDate, roundingMultiple);
        } catch (InvalidScheduleException e) {
            throw new ScheduleRefusedException(e);
        }
    }

    /**
     * What the rule set in force and the arithmetic say of an application, without saving it: the
     * schedule (null when the arithmetic refuses the parameters) and every broken term, for the
     * officer to see before she saves.
     */
    public record Assessment(RepaymentSchedule schedule, List<RuleRefusalException.Reason> refusals,
            String ruleSetVersion) {

        public boolean approvable() {
            return refusals.isEmpty() && schedule != null;
        }
    }

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public Assessment assess(LoanApplication application) {
        application.validate();
        KubpGroup group = groups.find(application.groupId())
                .orElseThrow(() -> new NotFoundException("KUBP group", application.groupId()));
        TermsEvaluation evaluation = evaluate(group, application);
        List<RuleRefusalException.Reason> refusals = new ArrayList<>(refusal(evaluation).getReasons());
        RepaymentSchedule schedule = null;
        try {
            schedule = new RoundedUpEqualInstallments().generate(new ScheduleParameters(
                    Rupiah.of(application.principal()), application.installments(), application.firstDueDate(),
                    ScheduleParameters.DEFAULT_ROUNDING_MULTIPLE));
        } catch (InvalidScheduleException e) {
            refusals.add(new RuleRefusalException.Reason("SCHEDULE", e.indonesianMessage(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            // Rupiah refuses a negative amount; the rules have already named it as the principal term.
            LOG.fine(() -> "no schedule for the preview: " + e.getMessage());
        }
        return new Assessment(schedule, List.copyOf(refusals), evaluation.ruleSetVersion());
    }

    private TermsEvaluation evaluate(KubpGroup group, LoanApplication application) {
        LocalDate today = KubpCalendar.today();
        List<Loan> history = loans.findByGroup(group.getId());
        KubpLoanRequest request = KubpLoanRequests.of(group, application, history,
                groups.niksInOtherGroupsWithOpenLoans(group.memberNiks(), group.getId()), today);
        return loanTerms.evaluateTerms(request);
    }

    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public Loan apply(LoanApplication application) {
        application.validate();
        KubpGroup group = groups.find(application.groupId())
                .orElseThrow(() -> new NotFoundException("KUBP group", application.groupId()));
        TermsEvaluation evaluation = evaluate(group, application);
        if (!evaluation.result().isApprovable()) {
            throw refusal(evaluation);
        }
        // The rules have accepted a positive principal and a tenor in range, so the schedule's
        // own checks only refuse what no rounding can honour (an InvalidScheduleException, 400).
        RepaymentSchedule schedule = new RoundedUpEqualInstallments().generate(parameters(
                Rupiah.of(application.principal()), application.installments(), application.firstDueDate(),
                ScheduleParameters.DEFAULT_ROUNDING_MULTIPLE));
        Loan loan = Loan.apply(group, application, schedule, ScheduleParameters.DEFAULT_ROUNDING_MULTIPLE,
                LoanTerms.of(evaluation.result().getTerms(), evaluation.ruleSetVersion()), caller(), Instant.now());
        loans.add(loan);
        LOG.info(() -> "KUBP loan applied for by " + caller() + ": group " + group.getId() + ", "
                + schedule.total() + " under rules " + evaluation.ruleSetVersion());
        return loan;
    }

    private static RuleRefusalException refusal(TermsEvaluation evaluation) {
        List<RuleRefusalException.Reason> reasons = evaluation.result().getViolations().stream()
                .map(v -> new RuleRefusalException.Reason(v.getCode(), v.getReasonId(), v.getReasonEn()))
                .toList();
        return new RuleRefusalException("The loan breaks " + reasons.size() + " KUBP term(s) (rules "
                + evaluation.ruleSetVersion() + ")", "Pinjaman melanggar " + reasons.size()
                + " ketentuan KUBP", reasons);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
