package id.berdaya.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person typed into a list's search box: 16 digits look a person up by NIK (exactly), any
 * other text is part of a name (case-insensitive). Always bound as a query parameter, never put
 * into query text; the LIKE pattern escapes {@code %} and {@code _} with {@code !}.
 */
public final class ListSearch {

    public static final int MAX_LENGTH = 100;
    /** The escape character of {@link #namePattern()}: use {@code like :p escape '!'}. */
    public static final char ESCAPE = '!';
    private static final Pattern NIK = Pattern.compile("\\d{16}");

    private final String nik;
    private final String name;

    private ListSearch(String nik, String name) {
        this.nik = nik;
        this.name = name;
    }

    /** The search, or null for none (no text, or only blanks). A text over 100 characters or with control characters is a 400 on {@code q}. */
    public static ListSearch of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String q = text.strip();
        if (q.length() > MAX_LENGTH || q.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("q", "The search text is at most " + MAX_LENGTH + " characters, one line",
                    "Teks pencarian paling banyak " + MAX_LENGTH + " karakter, satu baris");
        }
        return NIK.matcher(q).matches() ? new ListSearch(q, null) : new ListSearch(null, q.toLowerCase(Locale.ROOT));
    }

    /** The NIK looked for, when the text was 16 digits. */
    public String nik() {
        return nik;
    }

    public boolean isNik() {
        return nik != null;
    }

    /** The lower-cased text, when it was not a NIK. */
    public String name() {
        return name;
    }

    /** {@code %text%} with LIKE's wildcards escaped, for {@code lower(name) like :p escape '!'}. */
    public String namePattern() {
        String escaped = name.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    @Override
    public String toString() {
        return isNik() ? "NIK" : "name";
    }
}
