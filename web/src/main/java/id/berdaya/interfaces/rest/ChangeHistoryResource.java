package id.berdaya.interfaces.rest;

import id.berdaya.application.audit.ChangeHistory;
import id.berdaya.domain.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The change history (issue 15), for supervisors and administrators: {@code GET /api/audit/changes}
 * with optional {@code entity} (a record type of {@code /api/audit/entities}), {@code recordId},
 * {@code changedBy}, {@code from} and {@code to} (days, YYYY-MM-DD, East Kalimantan time), {@code page}
 * (from 0) and {@code size} (1-200). Newest first.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ChangeHistoryResource {

    @Inject
    private ChangeHistory history;

    @GET
    @Path("entities")
    public List<String> entities() {
        return history.entities();
    }

    @GET
    @Path("changes")
    public ChangeHistory.Page changes(@QueryParam("entity") String entity, @QueryParam("recordId") String recordId,
            @QueryParam("changedBy") String changedBy, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return history.find(ChangeHistory.Filter.of(entity, recordId, changedBy, from, to), ChangeHistory.number("page", page),
                ChangeHistory.number("size", size));
    }
}
