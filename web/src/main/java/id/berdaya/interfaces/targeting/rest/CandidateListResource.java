package id.berdaya.interfaces.targeting.rest;

import id.berdaya.application.registry.TargetingService;
import id.berdaya.application.registry.TargetingService.FieldLists;
import id.berdaya.domain.security.Role;
import id.berdaya.interfaces.web.NikAccessLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * issue 22: {@code GET /api/wrse/candidate-lists?districtCode=}: the candidate lists a field officer
 * takes on a trip: the best-ranked candidates of her district (or the one named) in the newest
 * completed targeting runs of its regency, NIKs masked as on the candidates page. A loan officer,
 * who may start an intake from a candidate, also gets each candidate's intake prefill (full NIK among
 * it): every full NIK so given is written to the NIK access log. Roles LOAN_OFFICER and SUPERVISOR.
 */
@Path("wrse/candidate-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class CandidateListResource {

    @Inject
    private TargetingService targeting;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "The candidate lists of a district for the field app: per newest completed run (at most "
            + TargetingService.FIELD_LIST_RUNS + "), the best " + TargetingService.FIELD_LIST_LIMIT
            + " candidates (NIK masked, village, decile, score, rank); a loan officer also gets each one's intake prefill "
            + "(full NIK, logged as an access)")
    public FieldLists lists(@Parameter(description = "District code, 6 digits; default the caller's own district. "
            + "Malformed, or none when the account has no district: 400 on districtCode; an unknown district: 404")
            @QueryParam("districtCode") String districtCode) {
        FieldLists lists = targeting.fieldLists(districtCode);
        String user = security.getUserPrincipal().getName();
        for (TargetingService.FieldRunView run : lists.runs()) {
            for (TargetingService.FieldCandidateView c : run.candidates()) {
                if (c.prefill() != null) {
                    NikAccessLog.viewed(user, "field-app", "targeting-run/" + run.id() + "/rank/" + c.rank());
                }
            }
        }
        return lists;
    }
}
