package id.berdaya.application.backup;

import id.berdaya.domain.security.Role;
import id.berdaya.infrastructure.backup.BackupInfo;
import id.berdaya.infrastructure.backup.BackupSettings;
import id.berdaya.infrastructure.backup.DatabaseBackup;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Backups for supervisors and administrators: make one now, see the last ones and the schedule. */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

    /** The schedule as the page shows it. */
    public record Schedule(boolean nightly, String at, int keep, String directory) {
    }

    @Inject
    private DatabaseBackup backup;

    @Resource
    private SessionContext context;

    public BackupInfo backUpNow() {
        try {
            return backup.create(context.getCallerPrincipal().getName(), "MANUAL");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<BackupInfo> recent() {
        return backup.list();
    }

    public Optional<BackupInfo> last() {
        return backup.list().stream().findFirst();
    }

    public Schedule schedule() {
        return new Schedule(BackupSettings.nightly(), BackupSettings.nightlyAt().toString(), BackupSettings.keep(),
                BackupSettings.backupDir().toString());
    }
}
