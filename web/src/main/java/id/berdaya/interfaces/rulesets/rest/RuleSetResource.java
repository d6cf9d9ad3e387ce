package id.berdaya.interfaces.rulesets.rest;

import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.RuleSetPublication;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The rule sets (WRSE eligibility, KUBP terms): each with its programme and the version in force,
 * its versions with who changed what, when and why, its in-force history, and diffs.
 * For policy staff and supervisors only.
 */
@Path("rulesets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class RuleSetResource {

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetPublication publication;

    @GET
    public List<RuleSetViews.RuleSetView> list() {
        return catalog.overview().stream().map(RuleSetMapper::ruleSet).toList();
    }

    @GET
    @Path("{ruleSet}")
    public RuleSetViews.RuleSetView ruleSet(@PathParam("ruleSet") String ruleSet) {
        return RuleSetMapper.ruleSet(catalog.overview(RuleSetPaths.kind(ruleSet)));
    }

    /**
     * Every version, newest first; with {@code ?versionId=} only those whose rules carry that id, as
     * a decision records it: which version (author, reason, approval, files) made a past decision.
     */
    @GET
    @Path("{ruleSet}/versions")
    public List<RuleSetViews.VersionSummary> versions(@PathParam("ruleSet") String ruleSet,
            @QueryParam("versionId") String versionId) {
        RuleSetKind kind = RuleSetPaths.kind(ruleSet);
        return (versionId == null ? catalog.versions(kind) : catalog.versionsWithContentId(kind, versionId)).stream()
                .map(RuleSetMapper::summary).toList();
    }

    /** When each version went into force (or is due to), newest first. */
    @GET
    @Path("{ruleSet}/history")
    public List<RuleSetViews.ActivationView> history(@PathParam("ruleSet") String ruleSet) {
        return catalog.history(RuleSetPaths.kind(ruleSet)).stream().map(RuleSetMapper::activation).toList();
    }

    @GET
    @Path("{ruleSet}/diff")
    public RuleSetViews.DiffView diff(@PathParam("ruleSet") String ruleSet, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "give the two versions to compare as ?from=1&to=2",
                    "sebutkan dua versi yang dibandingkan: ?from=1&to=2");
        }
        RuleSetKind kind = RuleSetPaths.kind(ruleSet);
        return RuleSetMapper.diff(catalog.diff(kind, from, to));
    }

    /** The rollbacks one person asked for and a second person has not approved yet. */
    @GET
    @Path("{ruleSet}/rollbacks")
    public List<RuleSetViews.ActivationView> rollbackRequests(@PathParam("ruleSet") String ruleSet) {
        return publication.rollbackRequests(RuleSetPaths.kind(ruleSet)).stream().map(RuleSetMapper::activation).toList();
    }

    /**
     * A second person approves a requested rollback: it goes into force at {@code effectiveAt} (the
     * requested time when absent, or now if that has passed). The requester's own approval is a 409.
     */
    @POST
    @Path("{ruleSet}/rollbacks/{id: \\d{1,18}}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleSetViews.ActivationView approveRollback(@PathParam("ruleSet") String ruleSet, @PathParam("id") long id,
            @Valid @NotNull RuleSetRequests.RollbackApproval approval) {
        return RuleSetMapper.activation(publication.approveRollback(RuleSetPaths.kind(ruleSet), id,
                approval.effectiveAt() == null ? null : approval.effectiveAt().toInstant()));
    }
}
