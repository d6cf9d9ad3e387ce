package id.berdaya.interfaces.targeting.rest;

import id.berdaya.application.registry.TargetingService.CandidatePage;
import id.berdaya.application.registry.TargetingService.RunView;
import id.berdaya.application.registry.TargetingService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * WRSE targeting runs: {@code POST /api/wrse/targeting-runs} starts one (202 with its id), {@code GET
 * …/{id}} shows status and counts, {@code GET …/{id}/candidates?districtCode=&page=} the ranked
 * candidates (NIK masked), and {@code …/candidates.csv} and {@code …/candidates.xlsx} the same list as
 * files. Roles LOAN_OFFICER and SUPERVISOR.
 */
@Path("wrse/targeting-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class TargetingRunResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private TargetingService targeting;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@NotNull TargetingRunRequest request) {
        RunView run = targeting.start(request.regencyCode(), request.applicationDate());
        return Response.accepted(Map.of("id", run.id(), "status", run.status()))
                .location(URI.create("wrse/targeting-runs/" + run.id())).build();
    }

    @GET
    @Path("{id}")
    public RunView status(@PathParam("id") long id) {
        return targeting.status(id);
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(targeting.restart(id)).build();
    }

    @POST
    @Path("{id}/stop")
    public RunView stop(@PathParam("id") long id) {
        return targeting.stop(id);
    }

    /**
     * {@code GET …/{id}/changes?since={earlierRunId}}: per district, who entered or left the candidate
     * list and why (failed criteria, or MOVED), and open applications flagged for re-screening.
     */
    @GET
    @Path("{id}/changes")
    public Map<String, List<id.berdaya.domain.registry.CandidateChange>> changes(@PathParam("id") long id,
            @QueryParam("since") Long since) {
        if (since == null) {
            throw new id.berdaya.domain.shared.InvalidInputException("since", "The earlier run to compare with is required",
                    "Penargetan pembanding wajib diisi");
        }
        Map<String, List<id.berdaya.domain.registry.CandidateChange>> byDistrict = new java.util.TreeMap<>();
        for (var change : targeting.changes(id, since)) {
            byDistrict.computeIfAbsent(change.districtCode() == null ? "-" : change.districtCode(),
                    k -> new java.util.ArrayList<>()).add(change);
        }
        return byDistrict;
    }

    @GET
    @Path("{id}/candidates")
    @Operation(summary = "One page of a run's candidates (50), NIKs masked, each with her rank in the run; searched and sorted")
    public CandidatePage candidates(@PathParam("id") long id,
            @Parameter(description = "District code, 6 digits") @QueryParam("districtCode") String districtCode,
            @Parameter(description = "Page number from 1") @QueryParam("page") @DefaultValue("1") int page,
            @Parameter(description = "A candidate's NIK (exactly 16 digits) or part of her name (any case), at most 100 characters")
            @QueryParam("q") String q,
            @Parameter(description = "Sort key: rank, name, district or village; a leading - for descending (default rank). "
                    + "Another key is a 400 on sort") @QueryParam("sort") String sort) {
        return targeting.candidates(id, districtCode, ListSearch.of(q),
                ListOrder.parse(sort, TargetingService.CANDIDATE_SORT_KEYS, ListOrder.ascending("rank")), page);
    }

    @GET
    @Path("{id}/candidates.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id, @QueryParam("districtCode") String districtCode,
            @QueryParam("villageCode") String villageCode) {
        targeting.status(id);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CandidateExports.Csv csv = new CandidateExports.Csv(writer);
            targeting.eachCandidate(id, districtCode, villageCode, csv::add);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kandidat-wrse-" + id + ".csv\"").build();
    }

    @GET
    @Path("{id}/candidates.xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("id") long id, @QueryParam("districtCode") String districtCode,
            @QueryParam("villageCode") String villageCode) {
        targeting.status(id);
        StreamingOutput body = out -> {
            try (CandidateExports.Xlsx xlsx = new CandidateExports.Xlsx(out)) {
                targeting.eachCandidate(id, districtCode, villageCode, xlsx::add);
            }
        };
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"kandidat-wrse-" + id + ".xlsx\"").build();
    }
}
