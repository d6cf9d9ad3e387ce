package id.berdaya.application.wrse;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The steps after submission. The regency's social service (loan officers and supervisors)
 * proposes; the province (supervisors) verifies or rejects, and judges reviews and overrides;
 * loan officers or supervisors record the Bimtek training and the aid handover.
 */
@Stateless
public class WrseWorkflowService {

    private static final Logger LOG = Logger.getLogger(WrseWorkflowService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private WrseApplicationRepository applications;

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public WrseApplication propose(long id) {
        return step(id, "proposed", a -> a.propose(caller(), Instant.now()));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public WrseApplication verify(long id) {
        return step(id, "verified", a -> a.verify(caller(), Instant.now()));
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public WrseApplication reject(long id, String reason) {
        return step(id, "rejected", a -> a.reject(reason, caller(), Instant.now()));
    }

    /** A supervisor's judgement on NEEDS_REVIEW, or an override of INELIGIBLE; never by who entered it. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public WrseApplication judge(long id, WrseDecision decision, String justification) {
        return step(id, "judged " + decision, a -> a.judge(decision, justification, caller(), Instant.now()));
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public WrseApplication recordTraining(long id, LocalDate attendedOn) {
        return step(id, "trained", a -> a.recordTraining(attendedOn, caller(), Instant.now()));
    }

    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public WrseApplication deliverAid(long id, List<String> items, Rupiah value, LocalDate handoverDate) {
        return step(id, "aid delivered", a -> a.deliverAid(items, value, handoverDate, caller(), Instant.now()));
    }

    private WrseApplication step(long id, String what, Consumer<WrseApplication> action) {
        WrseApplication application = applications.find(id)
                .orElseThrow(() -> new NotFoundException("WRSE application", id));
        action.accept(application);
        LOG.info(() -> "WRSE application " + id + " " + what + " by " + caller());
        return applications.findComplete(id).orElseThrow();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
