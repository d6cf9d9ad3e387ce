package id.berdaya.infrastructure.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * Consistent online backups of the database and the stored documents, while the server runs.
 *
 * <p>One archive per backup, {@code berdaya-YYYYMMDD-HHMMSS.zip} in the backup directory, holding
 * {@code backup.properties} (when, which database, schema version, who), the database snapshot and
 * the stored documents under {@code documents/}:
 * <ul>
 *   <li>embedded H2: {@code database.h2.zip} from H2's {@code BACKUP TO}, a transactionally consistent
 *       copy of the database file taken without stopping writers;</li>
 *   <li>PostgreSQL: {@code database.pgdump} from {@code pg_dump --format=custom}, one consistent
 *       snapshot of the database (the server needs {@code pg_dump} on its PATH, or BERDAYA_PG_DUMP).</li>
 * </ul>
 * The documents are copied after the database snapshot, so every document the snapshot refers to is
 * in the archive. {@code bin/BerdayaRestore.java} in the server restores an archive.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    /** Takes a backup now; one at a time. */
    public synchronized BackupInfo create(String createdBy, String trigger) throws IOException {
        Path dir = BackupSettings.backupDir();
        Files.createDirectories(dir);
        LocalDateTime now = LocalDateTime.now(ZoneId.systemDefault());
        String base = "berdaya-" + NAME.format(now);
        String name = base + ".zip";
        for (int i = 2; Files.exists(dir.resolve(name)); i++) {
            name = base + "-" + i + ".zip";
        }
        Path work = Files.createTempDirectory(dir, ".making-");
        try {
            Properties manifest = new Properties();
            Instant snapshotAt = Instant.now();
            Path databaseFile = snapshot(work, manifest);
            manifest.setProperty("createdAt", snapshotAt.toString());
            manifest.setProperty("createdBy", createdBy);
            manifest.setProperty("trigger", trigger);
            Path archive = work.resolve(name);
            int documents = writeArchive(archive, manifest, databaseFile);
            Path target = dir.resolve(name);
            Files.move(archive, target, StandardCopyOption.ATOMIC_MOVE);
            BackupInfo info = read(target);
            String done = name;
            LOG.info(() -> "Backup " + done + " made (" + info.database() + ", schema " + info.schemaVersion() + ", "
                    + documents + " documents, " + info.sizeBytes() + " bytes) for " + createdBy);
            return info;
        } catch (SQLException e) {
            throw new IOException("The database could not be backed up: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /** The database snapshot into {@code work}; fills the manifest's database facts. */
    private Path snapshot(Path work, Properties manifest) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String product = meta.getDatabaseProductName();
            String url = meta.getURL();
            manifest.setProperty("schemaVersion", schemaVersion(c));
            if (product.toLowerCase().contains("h2")) {
                manifest.setProperty("database", "H2");
                try (Statement s = c.createStatement()) {
                    if (url.startsWith("jdbc:h2:mem:")) {
                        // An in-memory database (the integration tests) has no file to copy: a script instead.
                        Path script = work.resolve("database.h2.sql");
                        s.execute("SCRIPT TO '" + quote(script) + "'");
                        manifest.setProperty("format", "h2-script");
                        return script;
                    }
                    Path zip = work.resolve("database.h2.zip");
                    s.execute("BACKUP TO '" + quote(zip) + "'");
                    manifest.setProperty("format", "h2-backup");
                    return zip;
                }
            }
            if (product.toLowerCase().contains("postgres")) {
                manifest.setProperty("database", "PostgreSQL");
                manifest.setProperty("format", "pg_dump-custom");
                Path dump = work.resolve("database.pgdump");
                pgDump(url, meta.getUserName(), dump, work);
                return dump;
            }
            throw new SQLException("No backup for a " + product + " database");
        }
    }

    private static String schemaVersion(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                        + "ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void pgDump(String jdbcUrl, String user, Path dump, Path work) throws IOException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().replaceFirst("^/", "");
        List<String> command = new ArrayList<>(List.of(BackupSettings.pgDump(), "--format=custom", "--no-owner",
                "--file=" + dump, "--host=" + (uri.getHost() == null ? "127.0.0.1" : uri.getHost()),
                "--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()), "--username=" + user, "--no-password", database));
        Path errors = work.resolve("pg_dump.err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(errors.toFile());
        builder.environment().put("PGPASSWORD", BackupSettings.databasePassword());
        Process process = builder.start();
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("pg_dump did not finish in 30 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while pg_dump ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("pg_dump failed (" + process.exitValue() + "): " + Files.readString(errors).strip());
        }
    }

    private static int writeArchive(Path archive, Properties manifest, Path databaseFile) throws IOException {
        Path documents = BackupSettings.documentsDir();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(documents)) {
            try (Stream<Path> walk = Files.walk(documents)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        manifest.setProperty("documents", Integer.toString(files.size()));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("backup.properties"));
            manifest.store(new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), "Berdaya backup");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(databaseFile.getFileName().toString()));
            Files.copy(databaseFile, zip);
            zip.closeEntry();
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry("documents/" + documents.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return files.size();
    }

    /** The backups in the backup directory, newest first. */
    public List<BackupInfo> list() {
        Path dir = BackupSettings.backupDir();
        List<BackupInfo> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().matches("berdaya-.*\\.zip")).forEach(p -> {
                try {
                    all.add(read(p));
                } catch (IOException | RuntimeException e) {
                    LOG.warning(() -> "Not a readable backup: " + p + " (" + e.getMessage() + ")");
                }
            });
        } catch (IOException e) {
            LOG.warning(() -> "Backup directory " + dir + " unreadable: " + e.getMessage());
        }
        all.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        return all;
    }

    /** Keeps the {@code keep} newest backups and deletes the older ones; answers how many went. */
    public synchronized int prune(int keep) {
        List<BackupInfo> all = list();
        int deleted = 0;
        for (BackupInfo old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(BackupSettings.backupDir().resolve(old.fileName()));
                deleted++;
                LOG.info(() -> "Backup " + old.fileName() + " deleted (keeping the " + keep + " newest)");
            } catch (IOException e) {
                LOG.warning(() -> "Backup " + old.fileName() + " could not be deleted: " + e.getMessage());
            }
        }
        return deleted;
    }

    static BackupInfo read(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry("backup.properties");
            if (entry == null) {
                throw new IOException("no backup.properties");
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return new BackupInfo(archive.getFileName().toString(), Instant.parse(p.getProperty("createdAt")),
                    p.getProperty("database"), p.getProperty("schemaVersion"), Files.size(archive),
                    p.getProperty("createdBy"), p.getProperty("trigger"), Integer.parseInt(p.getProperty("documents", "0")));
        }
    }

    private static String quote(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warning(() -> "Could not clean " + root + ": " + e.getMessage());
        }
    }

    /** Lets Properties.store write into a zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
