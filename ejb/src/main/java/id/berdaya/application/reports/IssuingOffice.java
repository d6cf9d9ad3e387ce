package id.berdaya.application.reports;

import id.berdaya.reports.letter.DemoEmblem;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * An office that issues letters: its letterhead and who signs for it, read from
 * {@code offices.properties} (system properties of the same key win), so names change without a build.
 */
public record IssuingOffice(Letterhead letterhead, Signatory signatory) {

    private static final Properties OFFICES = load();

    /** The office configured under a prefix ("wrse", "kubp", "gender", "wrse.regency"). */
    public static IssuingOffice of(String prefix) {
        return of(prefix, "");
    }

    /** As {@link #of(String)}, with "{regency}" in the values replaced by the regency's name. */
    public static IssuingOffice of(String prefix, String regency) {
        String place = value(prefix + ".place", regency);
        String emblem = value(prefix + ".emblem", regency);
        return new IssuingOffice(
                new Letterhead(value(prefix + ".government", regency), value(prefix + ".office", regency),
                        value(prefix + ".street", regency), value(prefix + ".postcode", regency),
                        value(prefix + ".phone", regency), value(prefix + ".email", regency),
                        value(prefix + ".website", regency), place.isBlank() ? shortName(regency) : place,
                        "demo".equals(emblem) ? DemoEmblem.png() : null),
                new Signatory(value(prefix + ".signatory.position", regency), value(prefix + ".signatory.name", regency),
                        value(prefix + ".signatory.rank", regency), value(prefix + ".signatory.nip", regency)));
    }

    private static String value(String key, String regency) {
        String value = System.getProperty(key, OFFICES.getProperty(key, ""));
        return value.replace("{regency}", regency).replace("\\n", "\n");
    }

    /** "Kabupaten Kutai Kartanegara" → "Kutai Kartanegara", for the date line when no town is configured. */
    private static String shortName(String regency) {
        return regency.replaceFirst("^(Kabupaten|Kota) ", "");
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
