package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.ApplicationPage;
import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.application.wrse.WrseIntakeService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.interfaces.web.NikAccessLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * WRSE applications: {@code POST /api/wrse/applications} records one (201, DRAFT), {@code PUT
 * …/{id}} corrects it, {@code POST …/{id}/submission} screens it and stores the decision, {@code GET
 * …/{id}} shows it with every decision and its history, {@code GET …} lists them (NIKs masked), searched
 * with {@code q} (an exact NIK or part of a name) and sorted with {@code sort} (an allow-listed key).
 *
 * <p>Roles: LOAN_OFFICER records, corrects and submits; LOAN_OFFICER, SUPERVISOR and POLICY_STAFF
 * read. A record shows the NIK and KK number in full to LOAN_OFFICER and SUPERVISOR only, and only to
 * them a confidential circumstance (VIOLENCE_SURVIVOR) in {@code applicant.circumstances}, the facts
 * and the score lines; list rows never show circumstances.
 */
@Path("wrse/applications")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WrseApplicationResource {

    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    private WrseIntakeService intake;

    @Inject
    private WrseQueryService queries;

    @Inject
    private CircumstanceService circumstances;

    @Context
    private SecurityContext security;

    /**
     * Records an application (201). With an Idempotency-Key (the field app makes one per record on
     * the phone), a retry of a recording that went through answers 200 with the first application,
     * header {@code Idempotent-Replayed: true}, and records nothing.
     */
    @POST
    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public Response record(@NotNull @Valid ScreeningRequest request, @Context UriInfo uri,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("Idempotency-Key", "1 to 100 letters, digits and . _ : - only",
                    "1 sampai 100 huruf, angka, dan . _ : - saja");
        }
        WrseIntakeService.Recorded recorded = intake.record(request.toDetails(), idempotencyKey);
        WrseApplication application = recorded.application();
        var view = new WrseViews.CreatedView(application.getId(), application.getStatus().name());
        var location = uri.getAbsolutePathBuilder().path(application.getId().toString()).build();
        Response.ResponseBuilder answer = recorded.replayed() ? Response.ok(view).location(location)
                : Response.created(location).entity(view);
        return answer.header("Idempotent-Replayed", String.valueOf(recorded.replayed())).build();
    }

    @PUT
    @Path("{id: \\d{1,18}}")
    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public WrseViews.ApplicationView correct(@PathParam("id") long id, @NotNull @Valid ScreeningRequest request) {
        return WrseViewMapper.application(intake.correct(id, request.toDetails()), seesFullNik());
    }

    @POST
    @Path("{id: \\d{1,18}}/submission")
    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public WrseViews.SubmissionView submit(@PathParam("id") long id) {
        return WrseViewMapper.submission(intake.submit(id));
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    public WrseViews.ApplicationView get(@PathParam("id") long id) {
        WrseViews.ApplicationView view = WrseViewMapper.application(queries.find(id), seesFullNik(),
                circumstances.confidentiality(security.isUserInRole(Role.Names.LOAN_OFFICER),
                        security.isUserInRole(Role.Names.SUPERVISOR)));
        if (seesFullNik()) {
            NikAccessLog.viewed(security.getUserPrincipal().getName(), "api",
                    "wrse-application/" + id);
        }
        return view;
    }

    @GET
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
    @Operation(summary = "Lists applications one page at a time (NIKs masked), filtered, searched and sorted")
    public WrseViews.PageView<WrseViews.ApplicationSummaryView> list(
            @Parameter(description = "Regency/city code, 4 digits") @QueryParam("regency") String regency,
            @Parameter(description = "District code, 6 digits") @QueryParam("district") String district,
            @Parameter(description = "Status, e.g. SUBMITTED") @QueryParam("status") String status,
            @Parameter(description = "Programme year") @QueryParam("year") String year,
            @Parameter(description = "An applicant's NIK (exactly 16 digits) or part of her name (any case), at most 100 characters")
            @QueryParam("q") String q,
            @Parameter(description = "Sort key: id, name, regency, district, date, status, decision, score or year; "
                    + "a leading - for descending (default -id, newest first). Another key is a 400 on sort")
            @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 100 (default 20)") @QueryParam("size") String size) {
        var filter = new WrseApplicationRepository.Filter(QueryParams.digits("regency", regency, 4),
                QueryParams.digits("district", district, 6),
                QueryParams.enumValue("status", status, ApplicationStatus.class),
                QueryParams.integer("year", year, 2000, 2100), ListSearch.of(q));
        ListOrder order = ListOrder.parse(sort, WrseApplicationRepository.SORT_KEYS, WrseApplicationRepository.DEFAULT_ORDER);
        Integer pageNo = QueryParams.integer("page", page, 0, 1_000_000);
        Integer pageSize = QueryParams.integer("size", size, 1, WrseQueryService.MAX_PAGE_SIZE);
        ApplicationPage result = queries.list(filter, order, pageNo == null ? 0 : pageNo, pageSize == null ? 20 : pageSize);
        return new WrseViews.PageView<>(result.items().stream().map(WrseViewMapper::summary).toList(), result.total(),
                result.page(), result.size());
    }

    private boolean seesFullNik() {
        return security.isUserInRole(Role.Names.LOAN_OFFICER) || security.isUserInRole(Role.Names.SUPERVISOR);
    }
}
