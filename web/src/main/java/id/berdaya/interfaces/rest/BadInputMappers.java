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
        return error(400, summary, errors);
    }

    /** Any error answer in the one error body shape. */
    public static Response error(int status, String message, List<ApiError.FieldError> errors) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message, errors)).build();
    }

    /** A client's value echoed back, without control characters and at most 40 characters. */
    static String printable(Object value) {
        String text = String.valueOf(value);
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
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
                    return "'" + printable(invalid.getValue()) + "' is not one of " + Arrays.toString(type.getEnumConstants());
                }
                if (type == String.class) {
                    return invalid.getOriginalMessage();
                }
                if (type != null && type.getSimpleName().equals("LocalDate")) {
                    return "'" + printable(invalid.getValue()) + "' is " + invalid.getOriginalMessage();
                }
                return "'" + printable(invalid.getValue()) + "' is not a valid " + (type == null ? "value" : type.getSimpleName());
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                Class<?> type = mismatched.getTargetType();
                String expected = type == String.class ? "a string"
                        : type == Long.class || type == long.class || type == Integer.class || type == int.class ? "a whole number"
                        : type == Boolean.class || type == boolean.class ? "true or false"
                        : type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
                        : type.getSimpleName().equals("LocalDate") ? "a date in the form YYYY-MM-DD"
                        : "a " + type.getSimpleName() + " value";
                return "expected " + expected;
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
            String field = "body";
            String message = "malformed JSON" + where;
            if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                    && parser.getParsingContext() != null && parser.getParsingContext().getCurrentName() != null) {
                field = parser.getParsingContext().getCurrentName();
            }
            if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
                message = "number out of range";
            }
            return badRequest(List.of(new ApiError.FieldError(field, message)));
        }
    }
}
