package id.berdaya.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An online backup (POST /api/backups while a clerk posts), changes, the server stopped, the
 * archive restored with bin/BerdayaRestore.java (refused while the server runs), the server
 * started: the state of the backup is back. On the database of this pass (see {@link CrashIT}).
 */
class BackupRestoreIT {

    @Test
    void aRestoredBackupBringsBackTheStateOfTheBackup() throws Exception {
        for (String database : CrashIT.databases()) {
            BackupRestoreCheck.Outcome outcome = BackupRestoreCheck.run(database, CrashIT.offset() + 10,
                    Path.of(System.getProperty("jboss.home")), Path.of(System.getProperty("berdaya.ear")),
                    CrashIT.target().resolve("crash"));
            System.out.println("[backup] " + outcome);
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.repaymentsAfterRestore()).isGreaterThanOrEqualTo(3);
        }
    }
}
