package id.berdaya.interfaces.rest;

import id.berdaya.domain.shared.DomainException;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.domain.shared.StateConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** The domain's refusals as HTTP answers: 400 naming the field, 404, 409 and 422 with reasons. */
public final class DomainErrorMappers {

    private DomainErrorMappers() {
    }

    /**
     * The domain's message in Bahasa Indonesia when the client asks for it first ({@code
     * Accept-Language: id}, as the field app does in Indonesian), otherwise in English as before.
     */
    static String message(DomainException e, HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        boolean indonesian = !languages.isEmpty() && "id".equals(languages.get(0).getLanguage())
                && e.getMessageId() != null;
        return indonesian ? e.getMessageId() : e.getMessage();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidInputException e) {
            return BadInputMappers.badRequest(List.of(new ApiError.FieldError(e.getField(), message(e, headers))));
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
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(StateConflictException e) {
            return ErrorMappers.error(Response.Status.CONFLICT, message(e, headers));
        }
    }

    @Provider
    public static class RuleRefusal implements ExceptionMapper<RuleRefusalException> {
        @Override
        public Response toResponse(RuleRefusalException e) {
            List<ApiError.Reason> reasons = e.getReasons().stream()
                    .map(r -> new ApiError.Reason(r.code(), new ApiError.Text(r.reasonId(), r.reasonEn())))
                    .toList();
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(422, e.getMessage(), List.of(), reasons)).build();
        }
    }
}
