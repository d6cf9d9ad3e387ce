package id.berdaya.interfaces.wrse.rest;

import id.berdaya.domain.shared.InvalidInputException;
import java.util.Arrays;

/**
 * Query and path parameters taken as text and parsed here: JAX-RS answers a parameter it cannot
 * convert with a bare 404, where the client deserves a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidInputException(name, name + " must be a whole number from " + min + " to " + max,
                name + " harus bilangan bulat dari " + min + " sampai " + max);
    }

    public static String digits(String name, String value, int count) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{" + count + "}")) {
            throw new InvalidInputException(name, name + " must be " + count + " digits",
                    name + " harus " + count + " angka");
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = Arrays.toString(type.getEnumConstants());
            throw new InvalidInputException(name, "'" + value + "' is not one of " + allowed,
                    "'" + value + "' bukan salah satu dari " + allowed);
        }
    }
}
