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
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListPage;
import id.berdaya.domain.shared.ListSearch;
import id.berdaya.application.kubp.ListPaging;
import id.berdaya.interfaces.wrse.rest.QueryParams;
import id.berdaya.interfaces.kubp.rest.LoanRequests.DisbursementRequest;
import id.berdaya.interfaces.kubp.rest.LoanRequests.LoanRequest;
import id.berdaya.interfaces.kubp.rest.LoanRequests.RepaymentRequest;
import id.berdaya.interfaces.kubp.rest.LoanRequests.WriteOffRequest;
import id.berdaya.interfaces.kubp.rest.LoanViews.LoanCreatedView;
import id.berdaya.interfaces.kubp.rest.LoanViews.LoanSummaryView;
import id.berdaya.interfaces.kubp.rest.LoanViews.LoanView;
import id.berdaya.interfaces.kubp.rest.LoanViews.RepaymentView;
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
import java.util.EnumSet;
import java.util.List;
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

    @GET
    @Operation(summary = "Lists loans with their standing on a date, optionally by status, searched, sorted and one page at a time "
            + "(the X-Total-Count header says how many match)")
    public Response list(@Parameter(description = "Statuses, repeated; none means all") @QueryParam("status") List<LoanStatus> statuses,
            @Parameter(description = "The date of the figures, YYYY-MM-DD (default today, WITA)") @QueryParam("asOf") @Size(max = 10) String asOf,
            @Parameter(description = "A loan number, part of its group's name or village, part of a member's name (any case), "
                    + "or a member's full 16-digit NIK") @QueryParam("q") String q,
            @Parameter(description = "Sort key: id, group, district, status, principal or disbursed; "
                    + "a leading - for descending (default -id, newest first). Another key is a 400 on sort") @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0; with neither page nor size, every loan found") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 100 (default 20 when page is given)") @QueryParam("size") String size) {
        LocalDate date = AsOf.parse(asOf);
        LoanRepository.Filter filter = new LoanRepository.Filter(statuses == null || statuses.isEmpty()
                ? EnumSet.noneOf(LoanStatus.class) : EnumSet.copyOf(statuses), ListSearch.of(q));
        ListOrder order = ListOrder.parse(sort, LoanRepository.SORT_KEYS, LoanRepository.DEFAULT_ORDER);
        Integer pageNo = QueryParams.integer("page", page, 0, 1_000_000);
        Integer pageSize = QueryParams.integer("size", size, 1, ListPaging.MAX_PAGE_SIZE);
        ArrearsLadder ladder = query.ladder();
        if (pageNo == null && pageSize == null) {
            List<LoanSummaryView> all = query.all(filter, order).stream().map(l -> LoanViews.summary(l, date, ladder)).toList();
            return Response.ok(all).header(TOTAL, all.size()).build();
        }
        ListPage<Loan> found = query.page(filter, order, pageNo == null ? 0 : pageNo, pageSize == null ? 20 : pageSize);
        return Response.ok(found.items().stream().map(l -> LoanViews.summary(l, date, ladder)).toList())
                .header(TOTAL, found.total()).build();
    }

    /** The header that carries how many rows match a list's search, over all its pages. */
    static final String TOTAL = "X-Total-Count";

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
