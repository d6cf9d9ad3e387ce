package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * An applicant's history across years, found by NIK: {@code GET /api/wrse/applicants/{nik}/applications}
 * (NIKs masked in the rows). LOAN_OFFICER and SUPERVISOR, who need the full NIK to ask.
 */
@Path("wrse/applicants/{nik}/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class WrseApplicantResource {

    @Inject
    private WrseQueryService queries;

    @GET
    public List<WrseViews.ApplicationSummaryView> history(@PathParam("nik") String nik) {
        return queries.applicantHistory(nik).stream().map(WrseViewMapper::summary).toList();
    }
}
