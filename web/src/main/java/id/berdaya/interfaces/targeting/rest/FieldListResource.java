package id.berdaya.interfaces.targeting.rest;

import id.berdaya.application.registry.TargetingService;
import id.berdaya.application.registry.TargetingService.RunView;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.reports.targeting.FieldList;
import id.berdaya.reports.targeting.FieldListRenderer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/wrse/targeting-runs/{id}/field-list.pdf?villageCode=}: the printable list of one
 * village's candidates for the field officer (JasperReports, NIK masked). Roles LOAN_OFFICER, SUPERVISOR.
 */
@Path("wrse/targeting-runs")
@RequestScoped
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class FieldListResource {

    private static final FieldListRenderer RENDERER = new FieldListRenderer();

    @Inject
    private TargetingService targeting;

    @GET
    @Path("{id}/field-list.pdf")
    @Produces("application/pdf")
    public Response fieldList(@PathParam("id") long id, @QueryParam("villageCode") String villageCode) {
        if (villageCode == null || !villageCode.matches("\\d{10}")) {
            throw new InvalidInputException("villageCode", "A village code of 10 digits is required",
                    "Kode desa 10 angka wajib diisi");
        }
        RunView run = targeting.status(id);
        List<FieldList.Row> rows = new ArrayList<>();
        targeting.eachCandidate(id, villageCode.substring(0, 6), villageCode, c -> rows.add(new FieldList.Row(rows.size() + 1,
                c.nikMasked(), c.fullName(), c.score(), String.join(" ", c.toCheck()))));
        FieldList list = new FieldList(targeting.regionName(run.regencyCode()), targeting.regionName(villageCode.substring(0, 6)),
                villageCode, id, run.applicationDate(), rows);
        return Response.ok(RENDERER.render(list), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"daftar-kunjungan-" + villageCode + ".pdf\"").build();
    }
}
