package id.berdaya.interfaces.kubp.rest;

import id.berdaya.domain.kubp.loan.FourEyesViolationException;
import id.berdaya.domain.kubp.loan.RepaymentRefusedException;
import id.berdaya.interfaces.rest.ApiError;
import id.berdaya.interfaces.rest.ErrorMappers;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** KUBP refusals as HTTP answers; the shared mappers handle the rest. */
public final class KubpErrorMappers {

    private KubpErrorMappers() {
    }

    static Response answer(int status, String message, String field) {
        List<ApiError.FieldError> errors = field == null ? List.of() : List.of(new ApiError.FieldError(field, message));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message, errors)).build();
    }

    /**
     * More than is owed: the request conflicts with the loan's balance as it stands (409), and
     * would be accepted for a smaller amount or after a reversal; the field is named as for bad input.
     */
    @Provider
    public static class RepaymentRefused implements ExceptionMapper<RepaymentRefusedException> {
        @Override
        public Response toResponse(RepaymentRefusedException e) {
            return answer(409, e.getMessage() + " / " + e.getMessageId(), e.getField());
        }
    }

    /** A collection-sheet row in conflict with the ledger or with its own earlier posting: 409 naming the row's field. */
    @Provider
    public static class SheetRowRefused implements ExceptionMapper<id.berdaya.domain.kubp.sheet.SheetRowRefusedException> {
        @Override
        public Response toResponse(id.berdaya.domain.kubp.sheet.SheetRowRefusedException e) {
            return answer(409, e.getMessage() + " / " + e.getMessageId(), e.getField());
        }
    }

    /** The person who entered a loan may not approve it (403: not allowed for this caller). */
    @Provider
    public static class FourEyes implements ExceptionMapper<FourEyesViolationException> {
        @Override
        public Response toResponse(FourEyesViolationException e) {
            return answer(403, e.getMessage(), null);
        }
    }

    /**
     * A write that lost a race even after retries, or a unique key (receipt number, Idempotency-Key)
     * taken by a concurrent post: a conflict to retry, not a server fault. Anything else goes to
     * the shared handler.
     */
    @Provider
    public static class LostRace implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            if (ConcurrentRetry.isLostRace(e)) {
                return answer(409, "The loan was changed at the same moment by someone else; try again", null);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getClass().getName().equals("org.hibernate.exception.ConstraintViolationException")) {
                    return answer(409, "The record conflicts with one stored at the same moment "
                            + "(receipt number or Idempotency-Key already used); try again", null);
                }
            }
            return new ErrorMappers.Unexpected().toResponse(e);
        }
    }
}
