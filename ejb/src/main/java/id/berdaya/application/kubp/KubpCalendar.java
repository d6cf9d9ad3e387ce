package id.berdaya.application.kubp;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for the programme: Kutai Kartanegara keeps Central Indonesian Time (WITA, UTC+8), so a
 * payment taken at 7 in the morning there is dated that day, whatever the server's zone.
 */
public final class KubpCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private KubpCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
