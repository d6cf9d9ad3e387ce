package id.berdaya.interfaces.rulesets.rest;

import id.berdaya.application.rules.DraftContent;
import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.RuleSetDrafts;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Drafts: create one from any version, read, save it whole (with the lock version it was loaded
 * with: a save based on an outdated copy is a 409 telling to reload), replace its parameter table
 * with an uploaded CSV, discard it. Writing is for policy staff; supervisors may read.
 */
@Path("rulesets/{ruleSet}/drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class DraftResource {

    private static final int MOST_CSV_CHARS = 200_000;

    @PathParam("ruleSet")
    private String ruleSet;

    @Inject
    private RuleSetDrafts drafts;

    @Inject
    private RuleSetCatalog catalog;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public Response create(@Valid @NotNull RuleSetRequests.NewDraft request, @Context UriInfo uri) {
        RuleSetRevision draft = drafts.create(kind(), request.basedOn(), request.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(draft.getNumber())).build())
                .entity(RuleSetMapper.version(catalog.version(kind(), draft.getNumber()))).build();
    }

    @GET
    public List<RuleSetViews.VersionSummary> list() {
        return catalog.versions(kind()).stream().filter(RuleSetRevision::isDraft).map(RuleSetMapper::summary).toList();
    }

    @GET
    @Path("{number: \\d{1,9}}")
    public RuleSetViews.VersionView draft(@PathParam("number") int number) {
        RuleSetRevision version = catalog.version(kind(), number);
        if (!version.isDraft()) {
            throw new NotFoundException("Draft", kind().slug() + "/" + number);
        }
        return RuleSetMapper.version(version);
    }

    @PUT
    @Path("{number: \\d{1,9}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public RuleSetViews.VersionView save(@PathParam("number") int number, @Valid @NotNull RuleSetRequests.DraftSave save) {
        drafts.save(kind(), number, new DraftContent(save.lockVersion(), save.reason(), RuleSetMapper.files(save.files()),
                RuleSetMapper.testCases(save.testCases())));
        return RuleSetMapper.version(catalog.version(kind(), number));
    }

    /** Replaces the parameter table with a CSV decision table; a wrong column is a 400 naming it. */
    @PUT
    @Path("{number: \\d{1,9}}/parameters")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public RuleSetViews.VersionView uploadParameters(@PathParam("number") int number,
            @QueryParam("lockVersion") Long lockVersion, String csv) {
        if (lockVersion == null) {
            throw new InvalidInputException("lockVersion", "give the lockVersion the draft was loaded with as ?lockVersion=",
                    "sebutkan lockVersion draf: ?lockVersion=");
        }
        if (csv == null || csv.isBlank() || csv.length() > MOST_CSV_CHARS) {
            throw new InvalidInputException("body", "the body is the parameter table as CSV, at most " + MOST_CSV_CHARS
                    + " characters", "isi permintaan adalah tabel parameter CSV");
        }
        drafts.replaceParameterTable(kind(), number, lockVersion, csv);
        return RuleSetMapper.version(catalog.version(kind(), number));
    }

    @DELETE
    @Path("{number: \\d{1,9}}")
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public Response discard(@PathParam("number") int number, @QueryParam("lockVersion") Long lockVersion) {
        if (lockVersion == null) {
            throw new InvalidInputException("lockVersion", "give the lockVersion the draft was loaded with as ?lockVersion=",
                    "sebutkan lockVersion draf: ?lockVersion=");
        }
        drafts.discard(kind(), number, lockVersion);
        return Response.noContent().build();
    }

    private RuleSetKind kind() {
        return RuleSetPaths.kind(ruleSet);
    }
}
