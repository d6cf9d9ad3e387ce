/*
 * Restores a Berdaya backup archive (made by POST /api/backups, the Backups page or the nightly backup)
 * into the database and document store the server is configured for. Run it with the server STOPPED,
 * in the same environment the server starts with (BERDAYA_DATA_DIR, BERDAYA_DB_*):
 *
 *     java ear/target/server/bin/BerdayaRestore.java ~/.berdaya/backups/berdaya-20261201-020000.zip
 *
 * Needs only a JDK 17 (this file runs as a single-file program); for PostgreSQL also psql and
 * pg_restore on the PATH. What it replaces is kept beside it: the H2 file as
 * berdaya.mv.db.before-restore-<time>, the documents as documents.before-restore-<time>.
 */

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

public class BerdayaRestore {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java BerdayaRestore.java BACKUP.zip   (with the server stopped)");
            System.exit(2);
        }
        try {
            restore(Path.of(args[0]));
        } catch (RestoreException e) {
            System.err.println("Restore refused: " + e.getMessage());
            System.exit(1);
        }
    }

    static final class RestoreException extends Exception {
        RestoreException(String message) {
            super(message);
        }
    }

    static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static void restore(Path archive) throws Exception {
        if (!Files.isRegularFile(archive)) {
            throw new RestoreException("no such file: " + archive);
        }
        Path dataDir = Path.of(setting("berdaya.data.dir", "BERDAYA_DATA_DIR", System.getProperty("user.home") + "/.berdaya"));
        String driver = setting("berdaya.db.driver", "BERDAYA_DB_DRIVER", "h2");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry("backup.properties");
            if (manifestEntry == null) {
                throw new RestoreException(archive + " is not a Berdaya backup (no backup.properties)");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String database = manifest.getProperty("database");
            System.out.println("Backup of " + manifest.getProperty("createdAt") + " (" + database + ", schema "
                    + manifest.getProperty("schemaVersion") + ", by " + manifest.getProperty("createdBy") + ")");
            if ("H2".equals(database)) {
                if (!"h2".equals(driver)) {
                    throw new RestoreException("this is an H2 backup, but the server is configured for " + driver);
                }
                if (!"h2-backup".equals(manifest.getProperty("format"))) {
                    throw new RestoreException("this backup is a script of an in-memory test database; it cannot be restored");
                }
                restoreH2(zip, dataDir, stamp);
            } else if ("PostgreSQL".equals(database)) {
                if (!"postgresql".equals(driver)) {
                    throw new RestoreException("this is a PostgreSQL backup, but BERDAYA_DB_DRIVER is " + driver);
                }
                restorePostgres(zip, stamp);
            } else {
                throw new RestoreException("unknown database in the backup: " + database);
            }
            int documents = restoreDocuments(zip, dataDir.resolve("documents"), stamp);
            System.out.println("Restored " + documents + " stored documents into " + dataDir.resolve("documents"));
        }
        System.out.println("Done. Start the server: it serves the state of the backup.");
    }

    private static void restoreH2(ZipFile zip, Path dataDir, String stamp) throws Exception {
        ZipEntry entry = zip.getEntry("database.h2.zip");
        if (entry == null) {
            throw new RestoreException("the backup holds no database.h2.zip");
        }
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("berdaya.mv.db");
        if (Files.exists(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    throw new RestoreException(file + " is in use: stop the server first");
                }
                lock.release();
            }
            Path kept = dataDir.resolve("berdaya.mv.db.before-restore-" + stamp);
            Files.move(file, kept);
            System.out.println("The database file that was there is kept as " + kept);
        }
        boolean found = false;
        try (ZipInputStream inner = new ZipInputStream(zip.getInputStream(entry))) {
            for (ZipEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(inner, file, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new RestoreException("database.h2.zip holds no .mv.db file");
        }
        Files.deleteIfExists(dataDir.resolve("berdaya.trace.db"));
        System.out.println("Restored the H2 database into " + file);
    }

    private static void restorePostgres(ZipFile zip, String stamp) throws Exception {
        ZipEntry entry = zip.getEntry("database.pgdump");
        if (entry == null) {
            throw new RestoreException("the backup holds no database.pgdump");
        }
        String url = setting("berdaya.db.url", "BERDAYA_DB_URL", null);
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new RestoreException("set BERDAYA_DB_URL to the PostgreSQL database to restore into");
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        String port = Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort());
        String db = uri.getPath().replaceFirst("^/", "");
        String user = setting("berdaya.db.user", "BERDAYA_DB_USER", "postgres");
        String password = setting("berdaya.db.password", "BERDAYA_DB_PASSWORD", "");
        Path dump = Files.createTempFile("berdaya-restore-", ".pgdump");
        try {
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
            }
            run(password, List.of("pg_restore", "--list", dump.toString()), "the dump is unreadable");
            String others = run(password, List.of("psql", "-X", "-q", "-t", "-A", "-h", host, "-p", port, "-U", user, "-d", db, "-c",
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"),
                    "cannot connect to " + db).strip();
            if (!"0".equals(others)) {
                throw new RestoreException(others + " other sessions are connected to " + db + ": stop the server first");
            }
            run(password, List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", user, "-d", db, "-c",
                    "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"), "cannot empty " + db);
            run(password, List.of("pg_restore", "--no-owner", "--exit-on-error", "--single-transaction", "-h", host, "-p", port,
                    "-U", user, "-d", db, dump.toString()), "pg_restore failed");
            System.out.println("Restored the PostgreSQL database " + db + " on " + host + ":" + port);
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static String run(String password, List<String> command, String failure) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new RestoreException(failure + ": " + output.strip());
        }
        return output;
    }

    private static int restoreDocuments(ZipFile zip, Path documents, String stamp) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
            ZipEntry entry = e.nextElement();
            if (entry.getName().startsWith("documents/") && !entry.isDirectory()) {
                entries.add(entry);
            }
        }
        if (Files.exists(documents)) {
            Path kept = documents.resolveSibling("documents.before-restore-" + stamp);
            Files.move(documents, kept);
            System.out.println("The documents that were there are kept in " + kept);
        }
        Files.createDirectories(documents);
        Path root = documents.toAbsolutePath().normalize();
        for (ZipEntry entry : entries) {
            Path target = root.resolve(entry.getName().substring("documents/".length())).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("refusing an entry outside the documents directory: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target);
            }
        }
        return entries.size();
    }
}
