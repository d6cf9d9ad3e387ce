package id.berdaya.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a client's bad input into a 400 that names each bad field; never a 500. */
public final class BadInputMappers {

    private BadInputMappers() {
    }

    static Response badRequest(List<ApiError.FieldError> errors) {
        String summary = errors.size() == 1 ? "Invalid input: " + errors.get(0).field()
                : "Invalid input in " + errors.size() + " fields";
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(400, summary, errors)).build();
    }

    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ApiError.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return badRequest(errors);
        }

        /** "submit.request.birthDate" → "birthDate": the client knows its JSON fields, not our parameters. */
        private static String fieldOf(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                        || node.getKind() == ElementKind.CONSTRUCTOR || node.getName() == null) {
                    continue;
                }
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
            return field.length() == 0 ? "body" : field.toString();
        }
    }

    @Provider
    public static class JsonMapping implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return badRequest(List.of(new ApiError.FieldError(field.isEmpty() ? "body" : field, describe(e))));
        }

        private static String describe(JsonMappingException e) {
            if (e instanceof UnrecognizedPropertyException) {
                return "unknown field";
            }
            if (e instanceof InvalidFormatException invalid) {
                Class<?> type = invalid.getTargetType();
                if (type != null && type.isEnum()) {
                    return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(type.getEnumConstants());
                }
                if (type != null && type.getSimpleName().equals("LocalDate")) {
                    return "'" + invalid.getValue() + "' is not a date in the form YYYY-MM-DD";
                }
                return "'" + invalid.getValue() + "' is not a valid " + (type == null ? "value" : type.getSimpleName());
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                return "expected " + mismatched.getTargetType().getSimpleName().toLowerCase() + " value";
            }
            return "invalid value";
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof JsonMappingException mapping) {
                return new JsonMapping().toResponse(mapping);
            }
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return badRequest(List.of(new ApiError.FieldError("body", "malformed JSON" + where)));
        }
    }
}
