package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.application.kubp.LoanReschedulingService;
import id.berdaya.domain.kubp.loan.ScheduleRevision;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Rescheduling a loan: {@code POST /kubp/loans/{id}/reschedulings} proposes (loan officer or
 * finance staff, with a reason), {@code …/{rid}/approval} puts it into effect (a supervisor who
 * did not propose it), {@code …/{rid}/rejection} turns it down. The list shows every revision with
 * the schedule it proposed and, once in effect, the one it replaced.
 */
@Path("kubp/loans/{id}/reschedulings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KubpReschedulingResource {

    @Inject
    private LoanReschedulingService rescheduling;

    @Inject
    private LoanQueryService query;

    /** @param tenor the new total number of monthly installments, those already paid included */
    public record RescheduleRequest(@NotNull @Min(1) @Max(360) Integer tenor, @NotNull LocalDate firstDueDate,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record InstallmentView(int number, LocalDate dueDate, long amount) {
    }

    public record RevisionView(long id, String kind, String status, String reason, Long disasterId, String requestedBy,
            Instant requestedAt, String decidedBy, LocalDate effectiveOn, List<InstallmentView> proposed,
            List<InstallmentView> replaced) {

        static RevisionView of(ScheduleRevision r) {
            return new RevisionView(r.getId(), r.getKind().name(), r.getStatus().name(), r.getReason(),
                    r.getDisasterId(), r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(), r.getEffectiveOn(),
                    lines(r.proposedSchedule()), r.inEffect() ? lines(r.replacedSchedule()) : List.of());
        }

        private static List<InstallmentView> lines(RepaymentSchedule s) {
            return s.installments().stream()
                    .map(i -> new InstallmentView(i.number(), i.dueDate(), i.amount().amount())).toList();
        }
    }

    @POST
    @RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF})
    public Response propose(@PathParam("id") long id, @NotNull @Valid RescheduleRequest request, @Context UriInfo uri) {
        ScheduleRevision revision = rescheduling.propose(id, request.tenor(), request.firstDueDate(), request.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(revision.getId())).build())
                .entity(RevisionView.of(revision)).build();
    }

    @GET
    public List<RevisionView> list(@PathParam("id") long id) {
        return query.find(id).getRevisions().stream().map(RevisionView::of).toList();
    }

    @POST
    @Path("{rid}/approval")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public LoanViews.LoanView approve(@PathParam("id") long id, @PathParam("rid") long revisionId) {
        rescheduling.approve(id, revisionId);
        return LoanViews.of(query.find(id), KubpCalendar.today(), query.ladder());
    }

    @POST
    @Path("{rid}/rejection")
    @RolesAllowed(Role.Names.SUPERVISOR)
    public LoanViews.LoanView reject(@PathParam("id") long id, @PathParam("rid") long revisionId) {
        rescheduling.reject(id, revisionId);
        return LoanViews.of(query.find(id), KubpCalendar.today(), query.ladder());
    }
}
