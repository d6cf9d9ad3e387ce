package id.berdaya.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error answer: a summary, one entry per bad field for bad input (or the
 * header or parameter at fault), and, only for a refusal by the rules, the rules' reasons.
 */
public record ApiError(int status, String message, List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reason> reasons) {

    public ApiError(int status, String message, List<FieldError> errors) {
        this(status, message, errors, List.of());
    }

    public record FieldError(String field, String message) {
    }

    /** A rule's reason for a refusal, in Bahasa Indonesia and English. */
    public record Reason(String code, Text reason) {
    }

    public record Text(String id, String en) {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, List.of());
    }
}
