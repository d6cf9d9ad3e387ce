package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.RankingResult;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.application.wrse.WrseQuotaService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.interfaces.wrse.rest.TransitionRequests.QuotaRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * A regency's WRSE ranking and quota: {@code GET /api/wrse/regencies/{code}/ranking?year=} (the
 * eligible applicants by priority score, ties by earlier application date then lower number, each
 * marked whether within the quota; NIKs masked) for LOAN_OFFICER, SUPERVISOR, POLICY_STAFF;
 * {@code PUT …/{code}/quotas/{year}} {"recipients","budget"} for SUPERVISOR or POLICY_STAFF.
 */
@Path("wrse/regencies/{code: \\d{4}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WrseRegencyResource {

    @Inject
    private WrseQueryService queries;

    @Inject
    private WrseQuotaService quotas;

    @GET
    @Path("ranking")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public WrseViews.RankingView ranking(@PathParam("code") String code, @QueryParam("year") String year) {
        Integer parsed = QueryParams.integer("year", year, 2000, 2100);
        RankingResult r = queries.ranking(code, parsed == null ? WrseProgramme.today(Instant.now()).getYear() : parsed);
        return new WrseViews.RankingView(r.regencyCode(), r.regencyName(), r.year(), WrseViewMapper.quota(r.quota()),
                r.withinQuota(), r.places().stream().map(p -> new WrseViews.RankView(p.rank(), p.application().getId(),
                        p.application().getApplicant().getMaskedNik(), p.application().getApplicant().getFullName(),
                        p.application().getApplicant().getDistrictCode(), p.application().getPriorityScore(),
                        p.application().getApplicationDate(), p.application().getStatus().name(), p.withinQuota()))
                        .toList());
    }

    @GET
    @Path("quotas/{year: \\d{4}}")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public WrseViews.QuotaView quota(@PathParam("code") String code, @PathParam("year") int year) {
        return WrseViewMapper.quota(quotas.find(code, year)
                .orElseThrow(() -> new NotFoundException("WRSE quota", code + "/" + year)));
    }

    @PUT
    @Path("quotas/{year: \\d{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public WrseViews.QuotaView setQuota(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid QuotaRequest request) {
        return WrseViewMapper.quota(quotas.set(code, year, request.recipients(), request.budget()));
    }
}
