package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.InvalidInputException;

/** Checks of entered values that refuse with a message naming the field, in English and Indonesian. */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(field, field + " is required", field + " wajib diisi");
        }
        return value;
    }

    /** Trims the text; null stays null. Refuses more than {@code max} characters and control characters. */
    public static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters",
                    field + " paling banyak " + max + " karakter");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, field + " contains control characters",
                    field + " berisi karakter kontrol");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static String requiredText(String field, String value, int max) {
        return required(field, text(field, value, max));
    }

    public static String digits(String field, String value, int count) {
        required(field, value);
        if (!value.matches("\\d{" + count + "}")) {
            throw new InvalidInputException(field, field + " must be exactly " + count + " digits",
                    field + " harus terdiri dari tepat " + count + " angka");
        }
        return value;
    }

    public static void check(boolean condition, String field, String messageEn, String messageId) {
        if (!condition) {
            throw new InvalidInputException(field, messageEn, messageId);
        }
    }
}
