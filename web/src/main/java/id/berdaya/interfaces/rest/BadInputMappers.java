package id.berdaya.interfaces.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /** The default factory's interpolator, built once (it reads the message bundles). */
    private static final class Interpolator {
        static final MessageInterpolator INSTANCE = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
    }

    /** A client's value echoed back, without control characters and at most 40 characters. */
    static String printable(Object value) {
        String text = String.valueOf(value);
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Whether the client asked for Bahasa Indonesia first ({@code Accept-Language: id}, as the field app does). */
    static boolean indonesian(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !languages.isEmpty() && "id".equals(languages.get(0).getLanguage());
    }

    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {

        private static final Locale INDONESIAN = Locale.forLanguageTag("id");

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            boolean indonesian = indonesian(headers);
            List<ApiError.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(fieldOf(v), indonesian ? inIndonesian(v) : v.getMessage()))
                    .sorted(Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return badRequest(errors);
        }

        /** The violation's message template interpolated again in Bahasa Indonesia (ValidationMessages_id). */
        private static String inIndonesian(ConstraintViolation<?> violation) {
            MessageInterpolator.Context context = new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("No " + type.getName() + " here");
                }
            };
            try {
                return Interpolator.INSTANCE.interpolate(violation.getMessageTemplate(), context, INDONESIAN);
            } catch (RuntimeException notInterpolated) {
                return violation.getMessage();
            }
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

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonMappingException e) {
            return response(e, indonesian(headers));
        }

        static Response response(JsonMappingException e, boolean indonesian) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return badRequest(List.of(new ApiError.FieldError(field.isEmpty() ? "body" : field, describe(e, indonesian))));
        }

        private static String describe(JsonMappingException e, boolean id) {
            if (e instanceof UnrecognizedPropertyException) {
                return id ? "kolom tidak dikenal" : "unknown field";
            }
            if (e instanceof InvalidFormatException invalid) {
                Class<?> type = invalid.getTargetType();
                String value = "'" + printable(invalid.getValue()) + "'";
                if (type != null && type.isEnum()) {
                    return value + (id ? " bukan salah satu dari " : " is not one of ") + Arrays.toString(type.getEnumConstants());
                }
                if (type == String.class) {
                    return invalid.getOriginalMessage();
                }
                if (type != null && type.getSimpleName().equals("LocalDate")) {
                    return id ? value + " bukan tanggal yang benar (YYYY-MM-DD)" : value + " is " + invalid.getOriginalMessage();
                }
                boolean whole = type == Long.class || type == long.class || type == Integer.class || type == int.class;
                return value + (id ? (whole ? " bukan bilangan bulat" : " bukan nilai yang benar")
                        : " is not a valid " + (type == null ? "value" : type.getSimpleName()));
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                Class<?> type = mismatched.getTargetType();
                boolean whole = type == Long.class || type == long.class || type == Integer.class || type == int.class;
                boolean yesNo = type == Boolean.class || type == boolean.class;
                boolean date = type.getSimpleName().equals("LocalDate");
                if (id) {
                    return "harus " + (type == String.class ? "teks" : whole ? "bilangan bulat" : yesNo ? "true atau false"
                            : type.isEnum() ? "salah satu dari " + Arrays.toString(type.getEnumConstants())
                            : date ? "tanggal berbentuk YYYY-MM-DD" : "nilai " + type.getSimpleName());
                }
                String expected = type == String.class ? "a string"
                        : whole ? "a whole number"
                        : yesNo ? "true or false"
                        : type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
                        : date ? "a date in the form YYYY-MM-DD"
                        : "a " + type.getSimpleName() + " value";
                return "expected " + expected;
            }
            return id ? "nilai tidak sah" : "invalid value";
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonProcessingException e) {
            boolean id = indonesian(headers);
            if (e instanceof JsonMappingException mapping) {
                return JsonMapping.response(mapping, id);
            }
            String where = e.getLocation() == null ? ""
                    : (id ? " pada baris " : " at line ") + e.getLocation().getLineNr() + (id ? ", kolom " : ", column ")
                            + e.getLocation().getColumnNr();
            String field = "body";
            String message = (id ? "JSON tidak sah" : "malformed JSON") + where;
            // A number too big for its field names the field; a syntax error is the body's.
            if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                    && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                    && parser.getParsingContext() != null && parser.getParsingContext().getCurrentName() != null) {
                field = parser.getParsingContext().getCurrentName();
                message = id ? "angka di luar batas" : "number out of range";
            }
            return badRequest(List.of(new ApiError.FieldError(field, message)));
        }
    }
}
