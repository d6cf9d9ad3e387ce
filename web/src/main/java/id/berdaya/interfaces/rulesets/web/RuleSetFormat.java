package id.berdaya.interfaces.rulesets.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as the pages show and take them: in East Kalimantan's time zone (WITA, UTC+8), where
 * the programmes run, whatever the server's zone.
 */
@Named
@ApplicationScoped
public class RuleSetFormat {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(WITA)) + " WITA";
    }

    public static Instant instant(LocalDateTime wita) {
        return wita == null ? null : wita.atZone(WITA).toInstant();
    }

    public static LocalDateTime wita(Instant instant) {
        return LocalDateTime.ofInstant(instant, WITA);
    }
}
