package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.WrseScreeningService;
import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.domain.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/wrse/screenings}: screens an applicant with the WRSE rules in force and stores
 * nothing. Roles LOAN_OFFICER, SUPERVISOR, POLICY_STAFF. Bad input is a 400 naming each field.
 */
@Path("wrse/screenings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
public class WrseScreeningResource {

    @Inject
    private WrseScreeningService screening;

    @POST
    public WrseViews.ScreeningView screen(@NotNull @Valid ScreeningRequest request) {
        EligibilityRules.Screening result = screening.screen(request.toDetails());
        return WrseViewMapper.screening(result.result(), result.ruleSetVersion());
    }
}
