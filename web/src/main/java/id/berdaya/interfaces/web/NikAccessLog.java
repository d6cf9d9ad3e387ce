package id.berdaya.interfaces.web;

import java.util.logging.Logger;

/**
 * Who was shown which full NIK (UU 27/2022 on personal data): one line per view in the log
 * category {@code berdaya.nik-access}, which the server writes to {@code nik-access.log}. The line
 * names the record, not the NIK itself, so the access log holds no personal data of its own.
 */
public final class NikAccessLog {

    private static final Logger LOG = Logger.getLogger("berdaya.nik-access");

    private NikAccessLog() {
    }

    public static void viewed(String user, String channel, String record) {
        LOG.info(() -> "full NIK shown: user=" + user + " via=" + channel + " record=" + record);
    }
}
