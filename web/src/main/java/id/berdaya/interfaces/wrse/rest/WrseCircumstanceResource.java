package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.wrse.Circumstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The applicant circumstance code list: {@code GET /api/wrse/circumstances} (LOAN_OFFICER, SUPERVISOR,
 * POLICY_STAFF: the codes the field {@code circumstances} takes, with labels and whether each is
 * confidential), {@code POST} {"code","nameId","nameEn","confidential"} adds one (POLICY_STAFF; 201, a
 * malformed code or empty label a 400 naming the field, a known code a 409).
 */
@Path("wrse/circumstances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WrseCircumstanceResource {

    /** One circumstance: its code, Indonesian and English label, and whether it is confidential. */
    public record CircumstanceView(String code, String nameId, String nameEn, boolean confidential) {
        static CircumstanceView of(Circumstance c) {
            return new CircumstanceView(c.code(), c.nameId(), c.nameEn(), c.confidential());
        }
    }

    public record CircumstanceRequest(@NotNull @Size(max = 30) String code, @NotNull @Size(max = 150) String nameId,
            @NotNull @Size(max = 150) String nameEn, Boolean confidential) {
    }

    @Inject
    private CircumstanceService circumstances;

    @GET
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public List<CircumstanceView> list() {
        return circumstances.list().stream().map(CircumstanceView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public Response add(@NotNull @jakarta.validation.Valid CircumstanceRequest request) {
        Circumstance added = circumstances.add(request.code(), request.nameId(), request.nameEn(),
                Boolean.TRUE.equals(request.confidential()));
        return Response.status(Response.Status.CREATED).entity(CircumstanceView.of(added)).build();
    }
}
