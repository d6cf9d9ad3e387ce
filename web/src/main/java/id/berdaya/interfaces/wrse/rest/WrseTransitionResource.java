package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.application.wrse.WrseWorkflowService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.interfaces.wrse.rest.TransitionRequests.AidDeliveryRequest;
import id.berdaya.interfaces.wrse.rest.TransitionRequests.RejectionRequest;
import id.berdaya.interfaces.wrse.rest.TransitionRequests.ReviewRequest;
import id.berdaya.interfaces.wrse.rest.TransitionRequests.TrainingRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The workflow steps after submission, each {@code POST /api/wrse/applications/{id}/<step>}; each
 * answers the application as {@code GET …/{id}} would, or 409 if its state does not allow the step.
 *
 * <p>Roles, following who does what in the decree: {@code proposal} — the regency's social
 * service, LOAN_OFFICER or SUPERVISOR; {@code verification} and {@code rejection {"reason"}} — the
 * province, SUPERVISOR; {@code review {"decision","justification"}} — a SUPERVISOR other than the
 * one who entered or submitted the application; {@code training {"attendedOn"}} and
 * {@code aid-delivery {"items","value","handoverDate"}} — LOAN_OFFICER or SUPERVISOR.
 *
 * <p>The class path is the same as {@link WrseApplicationResource}'s on purpose: RESTEasy picks a
 * root class by its own path first, so a longer class path here would hide that class's methods.
 */
@Path("wrse/applications")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WrseTransitionResource {

    @Inject
    private WrseWorkflowService workflow;

    @Inject
    private CircumstanceService circumstances;

    @Context
    private SecurityContext security;

    @POST
    @Path("{id: \\d{1,18}}/proposal")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public WrseViews.ApplicationView propose(@PathParam("id") long id) {
        return view(workflow.propose(id));
    }

    @POST
    @Path("{id: \\d{1,18}}/verification")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public WrseViews.ApplicationView verify(@PathParam("id") long id) {
        return view(workflow.verify(id));
    }

    @POST
    @Path("{id: \\d{1,18}}/rejection")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public WrseViews.ApplicationView reject(@PathParam("id") long id, @NotNull @Valid RejectionRequest request) {
        return view(workflow.reject(id, request.reason()));
    }

    @POST
    @Path("{id: \\d{1,18}}/review")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public WrseViews.ApplicationView review(@PathParam("id") long id, @NotNull @Valid ReviewRequest request) {
        return view(workflow.judge(id, request.decision(), request.justification()));
    }

    @POST
    @Path("{id: \\d{1,18}}/training")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public WrseViews.ApplicationView training(@PathParam("id") long id, @NotNull @Valid TrainingRequest request) {
        return view(workflow.recordTraining(id, request.attendedOn()));
    }

    @POST
    @Path("{id: \\d{1,18}}/aid-delivery")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public WrseViews.ApplicationView deliverAid(@PathParam("id") long id, @NotNull @Valid AidDeliveryRequest request) {
        Rupiah value = request.value() == null ? null : Rupiah.of(request.value());
        return view(workflow.deliverAid(id, request.items(), value, request.handoverDate()));
    }

    private WrseViews.ApplicationView view(WrseApplication application) {
        boolean fullNik = security.isUserInRole(Role.Names.LOAN_OFFICER) || security.isUserInRole(Role.Names.SUPERVISOR);
        return WrseViewMapper.application(application, fullNik, circumstances.confidentiality(
                security.isUserInRole(Role.Names.LOAN_OFFICER), security.isUserInRole(Role.Names.SUPERVISOR)));
    }
}
