package id.berdaya.interfaces.wrse.rest;

import id.berdaya.application.wrse.AppealService;
import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.appeal.Appeal;
import id.berdaya.interfaces.rest.ListSorting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Appeals (sanggah) against WRSE decision letters, for the loan officers who record them and the
 * supervisors who decide them: {@code POST /api/wrse/appeals} (LOAN_OFFICER) → 201;
 * {@code GET /api/wrse/appeals} the ones waiting, earliest deadline first, with {@code overdue};
 * {@code GET …/{id}}; {@code POST …/{id}/decision {"ruleSetChoice": "ORIGINAL"|"CURRENT"}} (a SUPERVISOR
 * who took no part in the decision); {@code GET …/corrections.csv?from=&to=} the registry-error
 * appeals as data-correction proposals. The outcome letter: {@code /api/reports/wrse/appeals/{id}/outcome-letter.pdf}.
 */
@Path("wrse/appeals")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR})
public class WrseAppealResource {

    @Inject
    private AppealService appeals;

    @Inject
    private WrseQueryService queries;

    @Inject
    private CircumstanceService circumstances;

    @Context
    private SecurityContext security;

    @POST
    @RolesAllowed(Role.Names.LOAN_OFFICER)
    public Response lodge(@NotNull @Valid AppealRequests.LodgeRequest request, @Context UriInfo uri) {
        Appeal appeal = appeals.lodge(request.applicationId(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(appeal.getId().toString()).build())
                .entity(view(appeal)).build();
    }

    /** The waiting appeals' sort keys. */
    private static final Map<String, Comparator<AppealViews.AppealView>> SORT_KEYS = Map.of(
            "id", ListSorting.by(AppealViews.AppealView::id),
            "name", ListSorting.byText(AppealViews.AppealView::applicantName),
            "lodged", ListSorting.by(AppealViews.AppealView::lodgedOn),
            "handleBy", ListSorting.by(AppealViews.AppealView::handleBy));

    @GET
    @Operation(summary = "Appeals waiting for a decision, earliest deadline first; searched and sorted")
    public List<AppealViews.AppealView> waiting(
            @Parameter(description = "The applicant's NIK (exactly 16 digits) or part of her name (any case), at most 100 characters")
            @QueryParam("q") String q,
            @Parameter(description = "Sort key: id, name, lodged or handleBy; a leading - for descending (default: earliest "
                    + "deadline first). Another key is a 400 on sort") @QueryParam("sort") String sort) {
        ListSearch search = ListSearch.of(q);
        ListOrder.parse(sort, SORT_KEYS.keySet(), null);
        List<AppealViews.AppealView> found = new ArrayList<>();
        for (Appeal appeal : appeals.waiting()) {
            WrseApplication application = queries.find(appeal.getApplicationId());
            if (matches(search, application)) {
                found.add(AppealViews.of(appeal, application, circumstances.confidentiality(
                        security.isUserInRole(Role.Names.LOAN_OFFICER), security.isUserInRole(Role.Names.SUPERVISOR))));
            }
        }
        return ListSorting.sorted(found, sort, SORT_KEYS);
    }

    private static boolean matches(ListSearch search, WrseApplication application) {
        if (search == null) {
            return true;
        }
        return search.isNik() ? search.nik().equals(application.getApplicant().getNikValue())
                : application.getApplicant().getFullName().toLowerCase(Locale.ROOT).contains(search.name());
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public AppealViews.AppealView get(@PathParam("id") long id) {
        return view(appeals.find(id));
    }

    @POST
    @Path("{id: \\d{1,18}}/decision")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public AppealViews.AppealView decide(@PathParam("id") long id, @NotNull @Valid AppealRequests.DecisionRequest request) {
        return view(appeals.decide(id, request.ruleSetChoice(), request.note()));
    }

    @GET
    @Path("corrections.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response corrections(@QueryParam("from") @Pattern(regexp = ".{0,10}") String from,
            @QueryParam("to") @Pattern(regexp = ".{0,10}") String to) {
        LocalDate first = date("from", from, LocalDate.of(2012, 1, 1));
        LocalDate last = date("to", to, LocalDate.now(id.berdaya.domain.wrse.WrseProgramme.ZONE));
        return Response.ok(AppealCsv.of(appeals.correctionProposals(first, last)))
                .header("Content-Disposition", "attachment; filename=\"usulan-perbaikan-data-" + first + "-" + last + ".csv\"")
                .build();
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a date (YYYY-MM-DD)",
                    "'" + value + "' bukan tanggal (YYYY-MM-DD)");
        }
    }

    private AppealViews.AppealView view(Appeal appeal) {
        return AppealViews.of(appeal, queries.find(appeal.getApplicationId()), circumstances.confidentiality(
                security.isUserInRole(Role.Names.LOAN_OFFICER), security.isUserInRole(Role.Names.SUPERVISOR)));
    }
}
