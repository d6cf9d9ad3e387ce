package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.LoanCashService;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.Reversal;
import id.berdaya.interfaces.kubp.rest.LoanRequests.ReversalRequest;
import id.berdaya.interfaces.kubp.rest.LoanViews.ReversalView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Reversals: the only way a repayment is undone; both entries stay in the ledger. */
@Path("kubp/repayments")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KubpRepaymentResource {

    @Inject
    private LoanCashService cash;

    @Inject
    private LoanQueryService query;

    @Inject
    private ConcurrentRetry retry;

    @POST
    @Path("{id}/reversal")
    public Response reverse(@PathParam("id") long id, @NotNull @Valid ReversalRequest request) {
        Reversal reversal = retry.call(() -> cash.reverse(id, request.reason()));
        Loan loan = query.findByRepayment(id);
        ReversalView view = LoanViews.reversal(loan.getReversals().stream()
                .filter(r -> r.getId().equals(reversal.getId())).findFirst().orElseThrow());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
