package id.berdaya.interfaces.rest;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** The domain's refusals as HTTP answers: 400 naming the field, 404, 409 and 422 with reasons. */
public final class DomainErrorMappers {

    private DomainErrorMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return BadInputMappers.badRequest(List.of(new ApiError.FieldError(e.getField(), e.getMessage())));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ErrorMappers.error(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<StateConflictException> {
        @Override
        public Response toResponse(StateConflictException e) {
            return ErrorMappers.error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class RuleRefusal implements ExceptionMapper<RuleRefusalException> {
        @Override
        public Response toResponse(RuleRefusalException e) {
            List<Map<String, Object>> reasons = e.getReasons().stream()
                    .map(r -> Map.<String, Object>of("code", r.code(), "reason", Map.of("id", r.reasonId(), "en", r.reasonEn())))
                    .toList();
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", 422, "message", e.getMessage(), "reasons", reasons)).build();
        }
    }
}
