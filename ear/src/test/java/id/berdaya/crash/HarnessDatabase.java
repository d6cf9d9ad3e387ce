package id.berdaya.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database a harness server runs on: the embedded H2 file default (in a data directory of the
 * harness's own, exactly as the README's Run command configures it), or a PostgreSQL database at
 * 127.0.0.1:5432 that the harness creates and drops.
 */
abstract class HarnessDatabase implements AutoCloseable {

    static final String PG_HOST = System.getProperty("crash.pg.host", "127.0.0.1:5432");
    static final String PG_USER = System.getProperty("crash.pg.user", "postgres");
    static final String PG_PASSWORD = System.getProperty("crash.pg.password", "postgres");

    abstract String name();

    /** The environment the server starts with (the README's variables). */
    abstract Map<String, String> environment();

    /** A connection for the checks; for H2 only while the server is stopped (the file is locked). */
    abstract Connection connect() throws SQLException;

    /** The data directory: the H2 file lives here, and backups go under it. */
    abstract Path dataDir();

    static HarnessDatabase of(String kind, Path base) throws IOException, SQLException {
        return switch (kind) {
            case "h2" -> new H2(base.resolve("data"));
            case "postgresql" -> new Postgres(base.resolve("data"));
            default -> throw new IllegalArgumentException("database " + kind + ": h2 or postgresql");
        };
    }

    static final class H2 extends HarnessDatabase {
        private final Path dir;

        H2(Path dir) throws IOException {
            this.dir = dir.toAbsolutePath();
            HarnessServer.deleteTree(dir);
            Files.createDirectories(dir);
        }

        @Override
        String name() {
            return "h2";
        }

        @Override
        Map<String, String> environment() {
            // -Dcrash.h2.url=jdbc:h2:file:{dir}/berdaya;... tries another URL (e.g. the old one without WRITE_DELAY=0).
            String url = System.getProperty("crash.h2.url", "");
            return url.isBlank() ? Map.of("BERDAYA_DATA_DIR", dir.toString())
                    : Map.of("BERDAYA_DATA_DIR", dir.toString(), "BERDAYA_DB_URL", url.replace("{dir}", dir.toString()));
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("berdaya")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE", "sa", "sa");
        }

        @Override
        Path dataDir() {
            return dir;
        }

        @Override
        public void close() {
        }
    }

    static final class Postgres extends HarnessDatabase {
        private final Path dir;
        private final String database = "berdaya_crash_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();

        Postgres(Path dir) throws IOException, SQLException {
            this.dir = dir.toAbsolutePath();
            HarnessServer.deleteTree(dir);
            Files.createDirectories(dir);
            admin("CREATE DATABASE " + database);
        }

        String database() {
            return database;
        }

        String url() {
            return "jdbc:postgresql://" + PG_HOST + "/" + database;
        }

        private static void admin(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + "/postgres", PG_USER, PG_PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        String name() {
            return "postgresql";
        }

        @Override
        Map<String, String> environment() {
            return Map.of("BERDAYA_DB_DRIVER", "postgresql", "BERDAYA_DB_URL", url(), "BERDAYA_DB_USER", PG_USER,
                    "BERDAYA_DB_PASSWORD", PG_PASSWORD, "BERDAYA_DATA_DIR", dir.toString());
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), PG_USER, PG_PASSWORD);
        }

        @Override
        Path dataDir() {
            return dir;
        }

        @Override
        public void close() throws SQLException {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
