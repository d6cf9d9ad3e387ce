package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.application.kubp.LoanApplicationService;
import id.berdaya.application.kubp.LoanCashService.PostedRepayment;
import id.berdaya.application.kubp.LoanCashService;
import id.berdaya.application.kubp.LoanDecisionService;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.kubp.loan.RepaymentDetails;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.interfaces.kubp.rest.LoanRequests.DisbursementRequest;
import id.berdaya.interfaces.kubp.rest.LoanRequests.LoanRequest;
import id.berdaya.interfaces.kubp.rest.LoanRequests.RepaymentRequest;
import id.berdaya.interfaces.kubp.rest.LoanRequests.WriteOffRequest;
import id.berdaya.interfaces.kubp.rest.LoanViews.LoanCreatedView;
import id.berdaya.interfaces.kubp.rest.LoanViews.LoanSummaryView;
import id.berdaya.interfaces.kubp.rest.LoanViews.LoanView;
import id.berdaya.interfaces.kubp.rest.LoanViews.RepaymentView;
import id.berdaya.interfaces.rest.ListSorting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** KUBP loans: application, approval, disbursement, repayments, write-off, and reading on any date. */
@Path("kubp/loans")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KubpLoanResource {

    @Inject
    private LoanApplicationService applications;

    @Inject
    private LoanDecisionService decisions;

    @Inject
    private LoanCashService cash;

    @Inject
    private LoanQueryService query;

    @Inject
    private KubpGroupService groups;

    @Inject
    private ConcurrentRetry retry;

    @POST
    public Response apply(@NotNull @Valid LoanRequest request, @Context UriInfo uri) {
        Loan loan = applications.apply(request.toApplication());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(loan.getId())).build())
                .entity(new LoanCreatedView(loan.getId(), loan.getStatus().name(), LoanViews.terms(loan))).build();
    }

    /** The loan list's sort keys. */
    private static final Map<String, Comparator<LoanSummaryView>> SORT_KEYS = Map.of(
            "id", ListSorting.by(LoanSummaryView::id),
            "group", ListSorting.byText(LoanSummaryView::groupName),
            "district", ListSorting.by(LoanSummaryView::districtCode),
            "status", ListSorting.by(LoanSummaryView::status),
            "principal", ListSorting.by(LoanSummaryView::principal),
            "disbursed", ListSorting.by(LoanSummaryView::disbursedOn),
            "outstanding", ListSorting.by(LoanSummaryView::outstandingPrincipal),
            "dpd", ListSorting.by(LoanSummaryView::daysPastDue));

    @GET
    @Operation(summary = "Lists loans with their standing on a date, optionally by status, searched and sorted")
    public List<LoanSummaryView> list(@Parameter(description = "Statuses, repeated; none means all") @QueryParam("status") List<LoanStatus> statuses,
            @Parameter(description = "The date of the figures, YYYY-MM-DD (default today, WITA)") @QueryParam("asOf") @Size(max = 10) String asOf,
            @Parameter(description = "A loan number, part of its group's name or village, part of a member's name (any case), "
                    + "or a member's full 16-digit NIK") @QueryParam("q") String q,
            @Parameter(description = "Sort key: id, group, district, status, principal, disbursed, outstanding or dpd; "
                    + "a leading - for descending (default id). Another key is a 400 on sort") @QueryParam("sort") String sort) {
        LocalDate date = AsOf.parse(asOf);
        ListSearch search = ListSearch.of(q);
        EnumSet<LoanStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.noneOf(LoanStatus.class) : EnumSet.copyOf(statuses);
        ArrearsLadder ladder = query.ladder();
        Set<Long> groupsFound = search == null ? Set.of() : groups.search(q.strip(), null).stream()
                .map(g -> g.getId()).collect(Collectors.toSet());
        List<LoanSummaryView> found = query.list(wanted).stream().map(l -> LoanViews.summary(l, date, ladder))
                .filter(v -> search == null || String.valueOf(v.id()).equals(q.strip()) || groupsFound.contains(v.groupId()))
                .toList();
        return ListSorting.sorted(found, sort, SORT_KEYS);
    }

    @GET
    @Path("{id}")
    public LoanView find(@PathParam("id") long id, @QueryParam("asOf") @Size(max = 10) String asOf) {
        return LoanViews.of(query.find(id), AsOf.parse(asOf), query.ladder());
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public LoanView approve(@PathParam("id") long id) {
        decisions.approve(id);
        return LoanViews.of(query.find(id), KubpCalendar.today(), query.ladder());
    }

    @POST
    @Path("{id}/disbursement")
    public LoanView disburse(@PathParam("id") long id, @NotNull @Valid DisbursementRequest request) {
        cash.disburse(id, request.date(), request.channel());
        return LoanViews.of(query.find(id), KubpCalendar.today(), query.ladder());
    }

    @POST
    @Path("{id}/write-off")
    public LoanView writeOff(@PathParam("id") long id, @NotNull @Valid WriteOffRequest request) {
        decisions.writeOff(id, request.date(), request.reason());
        return LoanViews.of(query.find(id), KubpCalendar.today(), query.ladder());
    }

    /**
     * Posts a repayment. With an Idempotency-Key, a retry of a post that already went through
     * answers with the first repayment (same status and body) and posts nothing.
     */
    @POST
    @Path("{id}/repayments")
    public Response repay(@PathParam("id") long id, @NotNull @Valid RepaymentRequest request,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 100) String idempotencyKey) {
        RepaymentDetails details = RepaymentDetails.of(request.amount(), request.valueDate(), request.channel(),
                request.receiptNo(), idempotencyKey);
        PostedRepayment posted = retry.call(() -> cash.postRepayment(id, details));
        Loan loan = query.find(id);
        RepaymentView view = LoanViews.repayment(loan, loan.getRepayments().stream()
                .filter(r -> r.getId().equals(posted.repayment().getId())).findFirst().orElseThrow());
        return Response.status(Response.Status.CREATED).entity(view)
                .header("Idempotent-Replayed", String.valueOf(posted.replayed())).build();
    }

    @GET
    @Path("{id}/repayments")
    public List<RepaymentView> repayments(@PathParam("id") long id) {
        Loan loan = query.find(id);
        return loan.getRepayments().stream().map(r -> LoanViews.repayment(loan, r)).toList();
    }
}
