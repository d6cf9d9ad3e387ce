package id.berdaya.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup directory as the page lists it, and the nightly retention: the newest N are kept. */
class BackupRetentionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void pointAtTheDirectory() {
        System.setProperty("berdaya.backup.dir", dir.toString());
    }

    @AfterEach
    void forget() {
        System.clearProperty("berdaya.backup.dir");
        System.clearProperty("berdaya.backup.keep");
    }

    private void archive(String name, String createdAt, String trigger) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            zip.putNextEntry(new ZipEntry("backup.properties"));
            String manifest = "createdAt=" + createdAt + "\ndatabase=H2\nschemaVersion=7\ncreatedBy=penyelia\ntrigger=" + trigger
                    + "\ndocuments=2\nformat=h2-backup\n";
            OutputStream out = zip;
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("database.h2.zip"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
    }

    @Test
    void backupsAreListedNewestFirstWithWhatTheirManifestSays() throws IOException {
        archive("berdaya-20261129-020000.zip", "2026-11-28T18:00:00Z", "NIGHTLY");
        archive("berdaya-20261201-093000.zip", "2026-12-01T01:30:00Z", "MANUAL");
        archive("berdaya-20261130-020000.zip", "2026-11-29T18:00:00Z", "NIGHTLY");
        Files.writeString(dir.resolve("berdaya-broken.zip"), "not a zip");
        Files.writeString(dir.resolve("notes.txt"), "not a backup");

        List<BackupInfo> listed = new DatabaseBackup().list();

        assertThat(listed).extracting(BackupInfo::fileName).containsExactly("berdaya-20261201-093000.zip",
                "berdaya-20261130-020000.zip", "berdaya-20261129-020000.zip");
        BackupInfo last = listed.get(0);
        assertThat(last.createdAt()).isEqualTo(Instant.parse("2026-12-01T01:30:00Z"));
        assertThat(last.database()).isEqualTo("H2");
        assertThat(last.createdBy()).isEqualTo("penyelia");
        assertThat(last.trigger()).isEqualTo("MANUAL");
        assertThat(last.documents()).isEqualTo(2);
        assertThat(last.sizeBytes()).isEqualTo(Files.size(dir.resolve("berdaya-20261201-093000.zip")));
    }

    @Test
    void pruningKeepsTheNewestAndDeletesTheOlderOnes() throws IOException {
        for (int day = 1; day <= 5; day++) {
            archive("berdaya-2026110" + day + "-020000.zip", "2026-11-0" + day + "T18:00:00Z", "NIGHTLY");
        }

        int deleted = new DatabaseBackup().prune(2);

        assertThat(deleted).isEqualTo(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("berdaya-20261104-020000.zip", "berdaya-20261105-020000.zip");
        }
    }

    @Test
    void theNightlyBackupIsOffUnlessTurnedOnAndKeepsFourteenByDefault() {
        assertThat(BackupSettings.nightly()).isFalse();
        assertThat(BackupSettings.keep()).isEqualTo(14);
        System.setProperty("berdaya.backup.keep", "30");
        assertThat(BackupSettings.keep()).isEqualTo(30);
        assertThat(BackupSettings.nightlyAt()).hasToString("02:00");
    }
}
