package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.CollectionSheetService.RowPosting;
import id.berdaya.application.kubp.CollectionSheetService;
import id.berdaya.domain.kubp.sheet.CollectionSheet;
import id.berdaya.domain.security.Role;
import id.berdaya.interfaces.kubp.rest.SheetMessages.PostingRequest;
import id.berdaya.interfaces.kubp.rest.SheetMessages.PostingView;
import id.berdaya.interfaces.kubp.rest.SheetMessages.RowPostingView;
import id.berdaya.interfaces.kubp.rest.SheetMessages.RowRequest;
import id.berdaya.interfaces.kubp.rest.SheetMessages.SheetRequest;
import id.berdaya.interfaces.kubp.rest.SheetMessages.SheetView;
import id.berdaya.interfaces.kubp.web.CollectionSheetPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Collection sheets for group meetings. {@code POST /kubp/collection-sheets} opens a sheet for a
 * district or a field officer's groups on a meeting date; {@code POST …/{id}/postings} posts what
 * was collected, all rows or none. Posting is idempotent per row: a row already posted is answered
 * with its repayment ({@code replayed: true}) and never posted twice, so a field device may send a
 * sheet again after losing the answer. 201 when anything was posted, 200 when everything was a
 * replay (header {@code Idempotent-Replayed: true}).
 */
@Path("kubp/collection-sheets")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
// The roles of CollectionSheetService, so that a refused role gets a plain 403 before any work.
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR})
public class KubpCollectionSheetResource {

    @Inject
    private CollectionSheetService sheets;

    @Inject
    private ConcurrentRetry retry;

    @Inject
    private CollectionSheetPdf pdf;

    @POST
    public Response open(@NotNull @Valid SheetRequest request, @Context UriInfo uri) {
        CollectionSheet sheet = sheets.open(request.districtCode(), request.fieldOfficer(), request.meetingDate());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(sheet.getId())).build())
                .entity(SheetView.of(sheet)).build();
    }

    @GET
    @Path("{id}")
    public SheetView find(@PathParam("id") long id) {
        return SheetView.of(sheets.find(id));
    }

    /** The sheet to print for the meeting (JasperReports, A4 landscape). */
    @GET
    @Path("{id}/sheet.pdf")
    @Produces("application/pdf")
    public Response print(@PathParam("id") long id, @Context UriInfo uri) {
        String base = uri.getBaseUri().resolve("..").toString();
        return Response.ok(pdf.render(sheets.find(id), base))
                .header("Content-Disposition", "inline; filename=\"lembar-penagihan-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/postings")
    @RolesAllowed(Role.Names.FINANCE_STAFF)
    public Response post(@PathParam("id") long id, @NotNull @Valid PostingRequest request) {
        List<RowPosting> postings = retry.call(() -> sheets.post(id,
                request.rows().stream().map(RowRequest::toEntry).toList()));
        int replayed = (int) postings.stream().filter(RowPosting::replayed).count();
        PostingView view = new PostingView(id, postings.size() - replayed, replayed,
                postings.stream().map(RowPostingView::of).toList());
        boolean allReplayed = replayed == postings.size();
        return Response.status(allReplayed ? Response.Status.OK : Response.Status.CREATED).entity(view)
                .header("Idempotent-Replayed", String.valueOf(allReplayed)).build();
    }
}
