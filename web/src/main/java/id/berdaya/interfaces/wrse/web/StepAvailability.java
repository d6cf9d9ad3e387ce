package id.berdaya.interfaces.wrse.web;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.interfaces.web.CurrentUser;
import id.berdaya.rules.wrse.WrseDecision;
import java.util.List;

/**
 * Which steps the record page offers (as {@code #{applicationBean.can.propose}}): those the state allows and the caller's role may take. Only
 * what to show; the services refuse anything else, whatever the page offered.
 */
public final class StepAvailability {

    private final WrseApplication application;
    private final CurrentUser user;

    StepAvailability(WrseApplication application, CurrentUser user) {
        this.application = application;
        this.user = user;
    }

    public boolean isEdit() {
        return is(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED) && user.hasRole(Role.Names.LOAN_OFFICER);
    }

    public boolean isJudge() {
        List<ScreeningDecision> decisions = application.getDecisions();
        ScreeningDecision latest = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        return is(ApplicationStatus.SUBMITTED) && user.hasRole(Role.Names.SUPERVISOR) && latest != null
                && !latest.isJudged() && latest.getDecision() != WrseDecision.ELIGIBLE;
    }

    public boolean isPropose() {
        return is(ApplicationStatus.SUBMITTED) && application.getCurrentDecision() == WrseDecision.ELIGIBLE
                && regencyStaff();
    }

    public boolean isVerify() {
        return is(ApplicationStatus.PROPOSED) && user.hasRole(Role.Names.SUPERVISOR);
    }

    public boolean isTrain() {
        return is(ApplicationStatus.VERIFIED) && regencyStaff();
    }

    public boolean isDeliver() {
        return is(ApplicationStatus.TRAINED) && regencyStaff();
    }

    public boolean isChangeDocuments() {
        return !is(ApplicationStatus.REJECTED, ApplicationStatus.AID_DELIVERED) && user.hasRole(Role.Names.LOAN_OFFICER);
    }

    public boolean isSeeFullNik() {
        return regencyStaff();
    }

    private boolean regencyStaff() {
        return user.hasRole(Role.Names.LOAN_OFFICER) || user.hasRole(Role.Names.SUPERVISOR);
    }

    private boolean is(ApplicationStatus... statuses) {
        return List.of(statuses).contains(application.getStatus());
    }
}
