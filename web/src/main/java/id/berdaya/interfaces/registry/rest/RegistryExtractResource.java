package id.berdaya.interfaces.registry.rest;

import id.berdaya.application.registry.ExtractView;
import id.berdaya.application.registry.RegistryExtractService;
import id.berdaya.domain.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Registry extracts over the API. {@code POST /api/registries/{name}/extracts?asOf=} takes the CSV
 * file as the body (text/csv, streamed to disk) and answers 202 with the import's id; a refused file
 * is a 400 naming the field ("name", "asOf", "Content-Type", "body") and nothing is imported.
 * Roles LOAN_OFFICER and SUPERVISOR.
 */
@Path("registries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class RegistryExtractResource {

    @Inject
    private RegistryExtractService extracts;

    @POST
    @Path("{name}/extracts")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("name") String name, @QueryParam("asOf") String asOf,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Content-Length") Long length,
            InputStream body) {
        ExtractView started = extracts.upload(name, asOf, contentType, length, body);
        return Response.accepted(new StartedView(started.id(), started.status()))
                .location(URI.create("registries/extracts/" + started.id())).build();
    }

    @GET
    @Path("extracts/{id}")
    public ExtractStatusView status(@PathParam("id") long id) {
        return ExtractStatusView.of(extracts.status(id));
    }

    @GET
    @Path("extracts/{id}/rejections")
    @Produces("text/csv")
    public Response rejections(@PathParam("id") long id) {
        extracts.status(id);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            extracts.writeRejections(id, writer);
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rejections-" + id + ".csv\"").build();
    }

    /** Stops a running import after its current chunk. */
    @POST
    @Path("extracts/{id}/stop")
    public ExtractStatusView stop(@PathParam("id") long id) {
        return ExtractStatusView.of(extracts.stop(id));
    }

    /** Restarts a stopped, failed or crashed import from its last checkpoint. */
    @POST
    @Path("extracts/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(ExtractStatusView.of(extracts.restart(id))).build();
    }

    public record StartedView(long id, String status) {
    }

    /** {"id","registry","asOf","status","read","accepted","rejected","unchanged"} plus the progress. */
    public record ExtractStatusView(long id, String registry, String asOf, String status, Long read, Long accepted,
            Long rejected, Long unchanged, long dataLines, long linesDone) {

        static ExtractStatusView of(ExtractView v) {
            return new ExtractStatusView(v.id(), v.registry(), v.asOf().toString(), v.status(), v.read(), v.accepted(),
                    v.rejected(), v.unchanged(), v.dataLines(), v.linesDone());
        }
    }
}
