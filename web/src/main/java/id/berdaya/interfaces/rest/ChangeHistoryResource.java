package id.berdaya.interfaces.rest;

import id.berdaya.application.audit.ChangeHistory;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The change history (issue 15), for supervisors and administrators: {@code GET /api/audit/changes}
 * with optional {@code entity} (a record type of {@code /api/audit/entities}), {@code recordId},
 * {@code changedBy}, {@code from} and {@code to} (days, YYYY-MM-DD, East Kalimantan time), {@code page}
 * (from 0) and {@code size} (1-200). Newest first.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ChangeHistoryResource {

    @Inject
    private ChangeHistory history;

    @GET
    @Path("entities")
    public List<String> entities() {
        return history.entities();
    }

    @GET
    @Path("changes")
    public ChangeHistory.Page changes(@QueryParam("entity") String entity, @QueryParam("recordId") String recordId,
            @QueryParam("changedBy") String changedBy, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return history.find(new ChangeHistory.Filter(text("entity", entity, "[A-Za-z]{1,40}"),
                text("recordId", recordId, "[0-9A-Za-z_-]{1,40}"), text("changedBy", changedBy, "[0-9A-Za-z._@-]{1,50}"),
                date("from", from), date("to", to)), number("page", page), number("size", size));
    }

    private static String text(String field, String value, String allowed) {
        String text = blankless(value);
        if (text != null && !text.matches(allowed)) {
            throw new InvalidInputException(field, "Only letters, digits and . _ @ - are allowed, at most 50",
                    "Hanya huruf, angka dan . _ @ - yang boleh, paling banyak 50");
        }
        return text;
    }

    private static int number(String field, String value) {
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,6}")) {
            throw new InvalidInputException(field, "Not a whole number from 0 to 999999", "Bukan bilangan bulat 0 sampai 999999");
        }
        return Integer.parseInt(digits);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Not a date (YYYY-MM-DD)", "Bukan tanggal (YYYY-MM-DD)");
        }
    }
}
