package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.ScanContent;
import id.berdaya.application.wrse.WrseIntakeService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.wrse.DocumentKind;
import id.berdaya.domain.wrse.ScanFormat;
import id.berdaya.interfaces.wrse.rest.TransitionRequests.DocumentRequest;
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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * The document checklist of an application: {@code PUT …/documents/{kind}} {"received"} ticks a
 * paper document; {@code PUT …/documents/{kind}/scan?fileName=} uploads a scan (PDF, JPEG or PNG
 * by content, at most 5 MB) and {@code GET} of the same path returns it. Kinds: APPLICATION_LETTER,
 * KK_COPY, KTP_COPY. LOAN_OFFICER changes; LOAN_OFFICER and SUPERVISOR download.
 */
@Path("wrse/applications")
@RequestScoped
public class WrseDocumentResource {

    // The class path is shared with WrseApplicationResource: see WrseTransitionResource.
    private static final String DOCUMENT = "{id: \\d{1,18}}/documents/{kind}";

    @Inject
    private WrseIntakeService intake;

    @Inject
    private WrseQueryService queries;

    @PUT
    @Path(DOCUMENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public WrseViews.ApplicationView mark(@PathParam("id") long id, @PathParam("kind") String kind,
            @NotNull @Valid DocumentRequest request) {
        return WrseViewMapper.application(intake.markDocument(id, kind(kind), request.received()), true);
    }

    @PUT
    @Path(DOCUMENT + "/scan")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public WrseViews.ApplicationView upload(@PathParam("id") long id, @PathParam("kind") String kind,
            @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        // Read one byte past the limit, never the whole of an oversized body.
        byte[] content = body.readNBytes(ScanFormat.MAX_BYTES + 1);
        String name = fileName == null || fileName.isBlank() ? kind.toLowerCase() : fileName;
        return WrseViewMapper.application(intake.attachScan(id, kind(kind), name, content), true);
    }

    @GET
    @Path(DOCUMENT + "/scan")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
    public Response download(@PathParam("id") long id, @PathParam("kind") String kind) {
        ScanContent scan = queries.scan(id, kind(kind));
        return Response.ok(scan.content(), scan.contentType())
                .header("Content-Disposition", "inline; filename=\"" + scan.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static DocumentKind kind(String kind) {
        try {
            return DocumentKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("kind", "'" + kind + "' is not one of APPLICATION_LETTER, KK_COPY, KTP_COPY",
                    "'" + kind + "' bukan salah satu dari APPLICATION_LETTER, KK_COPY, KTP_COPY");
        }
    }
}
