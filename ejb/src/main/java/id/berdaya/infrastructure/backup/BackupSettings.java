package id.berdaya.infrastructure.backup;

import java.nio.file.Path;
import java.time.LocalTime;

/**
 * Where the data and the backups live and whether the nightly backup runs, read like the
 * datasource is: a system property first, then an environment variable, then the default.
 *
 * <ul>
 *   <li>{@code berdaya.data.dir} / {@code BERDAYA_DATA_DIR}: the data directory, default {@code ~/.berdaya}
 *       (the embedded H2 file and the stored documents, under {@code documents/})</li>
 *   <li>{@code berdaya.backup.dir} / {@code BERDAYA_BACKUP_DIR}: default {@code <data dir>/backups}</li>
 *   <li>{@code berdaya.backup.nightly} / {@code BERDAYA_BACKUP_NIGHTLY}: {@code true} turns the nightly
 *       backup on (off by default, in the demo too)</li>
 *   <li>{@code berdaya.backup.at} / {@code BERDAYA_BACKUP_AT}: the time of day, default {@code 02:00}
 *       (the server's time zone)</li>
 *   <li>{@code berdaya.backup.keep} / {@code BERDAYA_BACKUP_KEEP}: how many backups are kept, default 14</li>
 * </ul>
 */
public final class BackupSettings {

    private BackupSettings() {
    }

    static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public static Path dataDir() {
        return Path.of(setting("berdaya.data.dir", "BERDAYA_DATA_DIR", System.getProperty("user.home") + "/.berdaya"));
    }

    public static Path documentsDir() {
        return dataDir().resolve("documents");
    }

    public static Path backupDir() {
        String dir = setting("berdaya.backup.dir", "BERDAYA_BACKUP_DIR", null);
        return dir == null ? dataDir().resolve("backups") : Path.of(dir);
    }

    public static boolean nightly() {
        return Boolean.parseBoolean(setting("berdaya.backup.nightly", "BERDAYA_BACKUP_NIGHTLY", "false"));
    }

    public static LocalTime nightlyAt() {
        try {
            return LocalTime.parse(setting("berdaya.backup.at", "BERDAYA_BACKUP_AT", "02:00"));
        } catch (RuntimeException e) {
            return LocalTime.of(2, 0);
        }
    }

    public static int keep() {
        try {
            return Math.max(1, Integer.parseInt(setting("berdaya.backup.keep", "BERDAYA_BACKUP_KEEP", "14")));
        } catch (NumberFormatException e) {
            return 14;
        }
    }

    /** The database password the server was started with (pg_dump needs it; the datasource does not tell). */
    static String databasePassword() {
        return setting("berdaya.db.password", "BERDAYA_DB_PASSWORD", "");
    }

    /** The pg_dump program, default {@code pg_dump} on the PATH. */
    static String pgDump() {
        return setting("berdaya.backup.pgdump", "BERDAYA_PG_DUMP", "pg_dump");
    }
}
