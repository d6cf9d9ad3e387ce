package id.berdaya.interfaces.rest;

import java.util.List;

/** The body of every error answer: a summary and, for bad input, one entry per bad field. */
public record ApiError(int status, String message, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, List.of());
    }
}
