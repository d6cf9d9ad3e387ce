package id.berdaya.interfaces.rulesets.rest;

import id.berdaya.application.rules.RuleAuthoring;
import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.security.Role;
import id.berdaya.rules.authoring.RuleSetModel;
import id.berdaya.rules.authoring.ValidationProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A draft's structured content over HTTP, the same use case as the authoring forms (issue 14): read it
 * (parameters, criteria rows, score rows, reason texts, test-case rows), check it field by field, save it
 * (the code generates the rule files). A bad value is a 400 naming its field, and nothing is saved.
 */
@Path("rulesets/{ruleSet}/drafts/{number: \\d{1,9}}/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class DraftContentResource {

    /** The content as edited, with the lock version the draft was loaded with. */
    public record ContentSave(@NotNull(message = "give the lockVersion the draft was loaded with") Long lockVersion,
            @Size(max = 2000) String reason, @NotNull(message = "give the content") RuleSetModel content) {
    }

    @PathParam("ruleSet")
    private String ruleSet;

    @PathParam("number")
    private int number;

    @Inject
    private RuleAuthoring authoring;

    @Inject
    private RuleSetCatalog catalog;

    @GET
    public RuleSetModel content() {
        return authoring.content(kind(), number);
    }

    /** As-you-type validation: the problems, each naming its field; nothing is saved. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ValidationProblem> check(@NotNull RuleSetModel content) {
        return authoring.check(kind(), content);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.POLICY_STAFF)
    public RuleSetViews.VersionView save(@Valid @NotNull ContentSave save) {
        authoring.saveContent(kind(), number, save.lockVersion(), save.reason(), save.content());
        return RuleSetMapper.version(catalog.version(kind(), number));
    }

    private RuleSetKind kind() {
        return RuleSetPaths.kind(ruleSet);
    }
}
