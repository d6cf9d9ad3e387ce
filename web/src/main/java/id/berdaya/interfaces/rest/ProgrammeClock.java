package id.berdaya.interfaces.rest;

import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock Bean Validation reads for {@code @Past}, {@code @PastOrPresent} and their kin: East
 * Kalimantan's (WITA, UTC+8), the programmes' calendar, whatever zone the server runs in. With the
 * server's zone, a date of today in Tenggarong was "in the future" from 16:00 UTC until midnight.
 * Registered in {@code WEB-INF/validation.xml}.
 */
public class ProgrammeClock implements ClockProvider {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Override
    public Clock getClock() {
        return Clock.system(WITA);
    }
}
