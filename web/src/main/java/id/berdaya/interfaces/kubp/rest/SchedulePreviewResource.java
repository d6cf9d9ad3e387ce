package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.LoanApplicationService;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.ScheduleParameters;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.interfaces.kubp.rest.LoanRequests.SchedulePreviewRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * A schedule before any loan exists: arithmetic only. Tenor and ceilings are loan terms, judged
 * when a loan is applied for, so a 48-month preview is shown if the arithmetic can build it.
 */
@Path("kubp/schedule-previews")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SchedulePreviewResource {

    public record PreviewLine(int number, LocalDate dueDate, long amount) {
    }

    public record PreviewView(List<PreviewLine> installments, long total) {
    }

    @Inject
    private LoanApplicationService applications;

    @POST
    public PreviewView preview(@NotNull @Valid SchedulePreviewRequest request) {
        if (request.principal() < 0) {
            throw new InvalidInputException("principal", "principal must be more than Rp 0, was "
                    + request.principal(), "Pokok pinjaman harus lebih dari Rp 0");
        }
        long multiple = request.roundingMultiple() == null
                ? ScheduleParameters.DEFAULT_ROUNDING_MULTIPLE : request.roundingMultiple();
        RepaymentSchedule schedule = applications.preview(Rupiah.of(request.principal()), request.installments(),
                request.firstDueDate(), multiple);
        return new PreviewView(schedule.installments().stream()
                .map(i -> new PreviewLine(i.number(), i.dueDate(), i.amount().amount())).toList(),
                schedule.total().amount());
    }
}
