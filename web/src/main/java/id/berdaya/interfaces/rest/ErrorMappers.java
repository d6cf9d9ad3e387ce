package id.berdaya.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Errors that are not the client's input: access, HTTP errors, and the unexpected. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(status.getStatusCode(), message)).build();
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException e) {
            // One line per denial (the EJB container's own trace is switched off at provisioning).
            if (request != null) {
                LOG.warning(() -> "Access denied: " + (request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser())
                        + " " + request.getMethod() + " " + request.getRequestURI());
            }
            return error(Response.Status.FORBIDDEN, "Your role may not do this");
        }
    }

    /**
     * Anything else: HTTP errors keep their status; a validation error wrapped by the EJB container
     * is still the client's mistake; the rest is logged with an id and answered without internals.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException web) {
                Response r = web.getResponse();
                if (r.hasEntity() && r.getEntity() instanceof ApiError) {
                    return r;
                }
                Response.Status status = Response.Status.fromStatusCode(r.getStatus());
                return error(status == null ? Response.Status.BAD_REQUEST : status,
                        status == null ? "Request refused" : status.getReasonPhrase());
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violations) {
                    return new BadInputMappers.ConstraintViolations().toResponse(violations);
                }
                if (cause instanceof EJBAccessException) {
                    return error(Response.Status.FORBIDDEN, "Your role may not do this");
                }
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, () -> "Unexpected error, incident " + incident + "\n" + LogMasking.trace(e));
            return error(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; incident " + incident);
        }
    }
}
