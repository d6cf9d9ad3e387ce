package id.berdaya.application.reports;

import id.berdaya.reports.letter.DemoEmblem;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * An office that issues letters: its letterhead, who signs for it and the tembusan of its letter types.
 * While the application runs, offices are the database's, kept by administrators
 * ({@link OfficeDirectory}); the shipped {@code offices.properties} holds the demo values they start
 * from (and what tests outside the server read).
 *
 * @param copies the tembusan per letter type, "first | second", "{place}" standing for the place concerned
 */
public record IssuingOffice(String prefix, Letterhead letterhead, Signatory signatory, Map<String, String> copies) {

    private static final Properties OFFICES = load();

    /** Where offices come from while the application runs; null outside it. */
    private static volatile Source source;

    /** A source of offices by prefix: the database's, in the application. */
    public interface Source {
        Optional<IssuingOffice> find(String prefix, String regency, String regencyCode);
    }

    public IssuingOffice {
        copies = Map.copyOf(copies);
    }

    /** The application's offices from now on (the database's), or back to the shipped file with null. */
    public static void use(Source offices) {
        source = offices;
    }

    /** The office configured under a prefix ("wrse", "kubp", "gender", "wrse.regency"). */
    public static IssuingOffice of(String prefix) {
        return of(prefix, "");
    }

    /** As {@link #of(String)}, with "{regency}" in the values replaced by the regency's name. */
    public static IssuingOffice of(String prefix, String regency) {
        return of(prefix, regency, null);
    }

    /** As {@link #of(String, String)}; the date line names the regency's seat ("seat.6402=Tenggarong"). */
    public static IssuingOffice of(String prefix, String regency, String regencyCode) {
        Source offices = source;
        if (offices != null) {
            Optional<IssuingOffice> stored = offices.find(prefix, regency, regencyCode);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return shipped(prefix, regency, regencyCode);
    }

    /** The shipped (demo) values of an office, as {@code offices.properties} has them. */
    static IssuingOffice shipped(String prefix, String regency, String regencyCode) {
        String emblem = value(prefix + ".emblem", regency);
        Map<String, String> copies = new java.util.LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(OFFICES.stringPropertyNames())) {
            if (key.startsWith(prefix + ".copies.")) {
                copies.put(key.substring((prefix + ".copies.").length()), System.getProperty(key, OFFICES.getProperty(key)));
            }
        }
        return build(prefix, regency, regencyCode, new OfficeValues(value(prefix + ".government", regency),
                value(prefix + ".office", regency), value(prefix + ".street", regency), value(prefix + ".postcode", regency),
                value(prefix + ".phone", regency), value(prefix + ".email", regency), value(prefix + ".website", regency),
                value(prefix + ".place", regency), "demo".equals(emblem) ? DemoEmblem.png() : null,
                value(prefix + ".signatory.position", regency), value(prefix + ".signatory.name", regency),
                value(prefix + ".signatory.rank", regency), value(prefix + ".signatory.nip", regency)), copies);
    }

    /** An office's values as stored, "{regency}" not yet replaced. */
    record OfficeValues(String government, String office, String street, String postcode, String phone, String email,
            String website, String place, byte[] emblemPng, String position, String name, String rank, String nip) {
    }

    /** The office from its values: "{regency}" replaced, the regency's seat as the place when none is set. */
    static IssuingOffice build(String prefix, String regency, String regencyCode, OfficeValues v, Map<String, String> copies) {
        String region = regency == null ? "" : regency;
        String place = fill(v.place(), region);
        if (place.isBlank() && regencyCode != null) {
            place = value("seat." + regencyCode, region);
        }
        Map<String, String> filled = new java.util.LinkedHashMap<>();
        copies.forEach((type, text) -> filled.put(type, fill(text, region)));
        return new IssuingOffice(prefix,
                new Letterhead(fill(v.government(), region), fill(v.office(), region), fill(v.street(), region),
                        fill(v.postcode(), region), fill(v.phone(), region), fill(v.email(), region), fill(v.website(), region),
                        place.isBlank() ? shortName(region) : place, v.emblemPng()),
                new Signatory(fill(v.position(), region), fill(v.name(), region), fill(v.rank(), region), fill(v.nip(), region)),
                filled);
    }

    /**
     * The tembusan of a letter type ("warning"), one per entry, "{place}" replaced by the district or
     * regency the letter concerns; empty when the type has none.
     */
    public java.util.List<String> copies(String letterType, String place) {
        return java.util.Arrays.stream(copies.getOrDefault(letterType, "").split("\\|")).map(String::strip)
                .filter(c -> !c.isEmpty()).map(c -> c.replace("{place}", place)).toList();
    }

    private static String value(String key, String regency) {
        return fill(System.getProperty(key, OFFICES.getProperty(key, "")), regency);
    }

    private static String fill(String value, String regency) {
        return value == null ? "" : value.replace("{regency}", regency).replace("\\n", "\n");
    }

    /** "Kabupaten Kutai Kartanegara" → "Kutai Kartanegara", for the date line when no town is configured. */
    private static String shortName(String regency) {
        return regency.replaceFirst("^(Kabupaten|Kota) ", "");
    }

    /** The prefixes the shipped file defines ("wrse", "wrse.regency", "kubp", "gender"). */
    static java.util.List<String> shippedPrefixes() {
        return OFFICES.stringPropertyNames().stream().filter(k -> k.endsWith(".government"))
                .map(k -> k.substring(0, k.length() - ".government".length())).sorted().toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = IssuingOffice.class.getResourceAsStream("offices.properties")) {
            if (in == null) {
                throw new IllegalStateException("offices.properties is missing from the EJB module");
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
