package id.berdaya.interfaces.rulesets.rest;

import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.RuleSetChecks;
import id.berdaya.application.rules.RuleSetPublication;
import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.rules.table.ParameterTable;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One version of a rule set: read it (and its parameter table as CSV), check it (compile, test
 * cases, impact on stored cases), approve it into force, or roll back to it.
 */
@Path("rulesets/{ruleSet}/versions/{number: \\d{1,9}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class VersionResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @PathParam("ruleSet")
    private String ruleSet;

    @PathParam("number")
    private int number;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetChecks checks;

    @Inject
    private RuleSetPublication publication;

    @GET
    public RuleSetViews.VersionView version() {
        return RuleSetMapper.version(catalog.version(kind(), number));
    }

    /** The programme parameters as the CSV decision table, for a spreadsheet. */
    @GET
    @Path("parameters")
    @Produces(CSV)
    public Response parameters() {
        RuleSetRevision version = catalog.version(kind(), number);
        RuleFile table = version.getFiles().stream().filter(f -> ParameterTable.isParameterTable(f.getPath())).findFirst()
                .orElseThrow(() -> new NotFoundException("Parameter table of version", kind().slug() + "/" + number));
        return Response.ok(table.getContent(), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + kind().slug() + "-v" + number + "-parameters.csv\"")
                .build();
    }

    /** Compiles the version: valid, or each error with file, line and column. Nothing in force changes. */
    @POST
    @Path("validation")
    public RuleSetViews.ValidationView validate() {
        return RuleSetMapper.validation(number, checks.validate(kind(), number));
    }

    /** Runs the version's test cases: pass or fail per case. */
    @POST
    @Path("test-run")
    public RuleSetViews.TestRunView test() {
        return RuleSetMapper.testRun(number, checks.runTests(kind(), number));
    }

    /** The version against the one in force over the stored cases of a period. */
    @POST
    @Path("impact")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleSetViews.ImpactView impact(@Valid @NotNull RuleSetRequests.ImpactPeriod period) {
        return RuleSetMapper.impact(checks.impact(kind(), number, period.from(), period.to()));
    }

    /** A second person approves the draft into force at {@code effectiveAt} (now when absent). */
    @POST
    @Path("approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleSetViews.ActivationView approve(@Valid @NotNull RuleSetRequests.Approval approval) {
        return RuleSetMapper.activation(publication.approve(kind(), number, approval.lockVersion(),
                approval.effectiveAt() == null ? null : approval.effectiveAt().toInstant(), approval.note()));
    }

    /** Asks for this earlier version to be put back into force; a second person approves the request (four eyes). */
    @POST
    @Path("rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleSetViews.ActivationView rollback(@Valid @NotNull RuleSetRequests.Rollback rollback) {
        return RuleSetMapper.activation(publication.rollback(kind(), number,
                rollback.effectiveAt() == null ? null : rollback.effectiveAt().toInstant(), rollback.reason()));
    }

    private RuleSetKind kind() {
        return RuleSetPaths.kind(ruleSet);
    }
}
