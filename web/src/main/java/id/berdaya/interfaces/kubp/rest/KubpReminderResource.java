package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.ReminderService.Reminder;
import id.berdaya.application.kubp.ReminderService;
import id.berdaya.domain.security.Role;
import id.berdaya.interfaces.kubp.web.ReminderCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Reminders per district and date: {@code GET /kubp/reminders?district=&date=&days=} as JSON, and
 * {@code …/reminders.csv} for an SMS or WhatsApp gateway (none is wired in: the CSV is the interface).
 */
@Path("kubp")
@RequestScoped
// The roles of ReminderService.
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.FINANCE_STAFF, Role.Names.SUPERVISOR})
public class KubpReminderResource {

    @Inject
    private ReminderService reminders;

    @GET
    @Path("reminders")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Reminder> list(@QueryParam("district") String district, @QueryParam("date") String date,
            @QueryParam("days") @DefaultValue("7") int days) {
        return reminders.list(district, AsOf.parse(date), days);
    }

    @GET
    @Path("reminders.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("district") String district, @QueryParam("date") String date,
            @QueryParam("days") @DefaultValue("7") int days) {
        return Response.ok(ReminderCsv.of(reminders.list(district, AsOf.parse(date), days)))
                .header("Content-Disposition", "attachment; filename=\"pengingat-" + district + ".csv\"").build();
    }
}
