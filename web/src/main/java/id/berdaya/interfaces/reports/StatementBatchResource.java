package id.berdaya.interfaces.reports;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Batch printing of repayment statements: start a batch (202 with where to follow it), follow its
 * progress, fetch the merged PDF or the ZIP once it is done, stop it, restart it (on any node).
 */
@Path("reports/kubp/statement-batches")
@RequestScoped
@RolesAllowed({Role.Names.FINANCE_STAFF, Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class StatementBatchResource {

    /** districtCode null or blank: every district; format PDF (merged, the default) or ZIP. */
    public record BatchRequest(String districtCode, String asOf, String format) {
    }

    public record BatchView(String id, String state, String districtCode, LocalDate asOf, String format, int done,
            int total, int percent, String message, Instant startedAt, Instant finishedAt) {
        static BatchView of(StatementBatch b) {
            return new BatchView(b.getId(), b.getState().name(), b.getDistrictCode(), b.getAsOf(), b.getFormat().name(),
                    b.getDone(), b.getTotal(), b.getPercent(), b.getMessage(), b.getStartedAt(), b.getFinishedAt());
        }
    }

    @Inject
    private StatementBatches batches;

    @Context
    private HttpServletRequest request;

    @Context
    private SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(BatchRequest body) {
        // Every field is optional, but the body is an object: {} asks for all districts as of today.
        if (body == null) {
            throw new InvalidInputException("body", "the body is a JSON object, {} for the defaults",
                    "isi permintaan berupa objek JSON, {} untuk nilai bawaan");
        }
        BatchRequest batch = body;
        if (batch.districtCode() != null && !batch.districtCode().isBlank() && !batch.districtCode().matches("\\d{6}")) {
            throw new InvalidInputException("districtCode", "districtCode is a 6-digit district code",
                    "districtCode adalah kode kecamatan 6 angka");
        }
        StatementBatch started = batches.start(security.getUserPrincipal().getName(), security::isUserInRole,
                batch.districtCode(),
                ReportResource.date(batch.asOf()), format(batch.format()), VerificationLinks.base(request));
        return Response.accepted(BatchView.of(started))
                .location(URI.create("reports/kubp/statement-batches/" + started.getId())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<BatchView> recent() {
        return batches.recent(caller(), security::isUserInRole).stream().map(BatchView::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BatchView progress(@PathParam("id") String id) {
        return BatchView.of(find(id));
    }

    @GET
    @Path("{id}/file")
    @Produces({"application/pdf", "application/zip"})
    public Response file(@PathParam("id") String id) {
        StatementBatch batch = find(id);
        if (batch.getState() != StatementBatch.State.DONE) {
            throw new StateConflictException("Batch " + id + " is " + batch.getState(),
                    "Pencetakan " + id + " berstatus " + batch.getState());
        }
        String type = batch.getFormat() == StatementBatch.Format.PDF ? "application/pdf" : "application/zip";
        return Response.ok(batches.result(batch), type)
                .header("Content-Disposition", "attachment; filename=\"" + batch.fileName() + "\"").build();
    }

    /**
     * Restarts a stopped or failed batch (also one whose node died) from its last checkpoint, on this
     * node: 202 with where to follow it; the statements printed before stay and none is printed twice.
     */
    @POST
    @Path("{id}/restart")
    @Produces(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") String id) {
        StatementBatch restarted = batches.restart(id, caller(), security::isUserInRole);
        return Response.accepted(BatchView.of(restarted))
                .location(URI.create("reports/kubp/statement-batches/" + restarted.getId())).build();
    }

    /** Asks a running batch to stop after its current chunk of statements. */
    @POST
    @Path("{id}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    public BatchView stop(@PathParam("id") String id) {
        return BatchView.of(batches.stop(id, caller(), security::isUserInRole));
    }

    private StatementBatch find(String id) {
        return batches.find(id, caller(), security::isUserInRole)
                .orElseThrow(() -> new NotFoundException("Statement batch", id));
    }

    private String caller() {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }

    private static StatementBatch.Format format(String format) {
        if (format == null || format.isBlank()) {
            return StatementBatch.Format.PDF;
        }
        try {
            return StatementBatch.Format.valueOf(format.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "format is PDF or ZIP", "format adalah PDF atau ZIP");
        }
    }
}
