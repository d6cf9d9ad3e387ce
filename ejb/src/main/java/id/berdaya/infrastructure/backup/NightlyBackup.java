package id.berdaya.infrastructure.backup;

import id.berdaya.infrastructure.cluster.ClusterLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly backup: off unless BERDAYA_BACKUP_NIGHTLY=true (off in the demo too); then every day
 * at BERDAYA_BACKUP_AT (02:00) a backup is made and only the BERDAYA_BACKUP_KEEP (14) newest are kept.
 * In a cluster every node's timer fires; the one that takes the {@code nightly-backup} lease makes it.
 */
@Singleton
@Startup
public class NightlyBackup {

    private static final Logger LOG = Logger.getLogger(NightlyBackup.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private DatabaseBackup backup;

    @Inject
    private ClusterLease lease;

    @PostConstruct
    void schedule() {
        if (!BackupSettings.nightly()) {
            LOG.info("Nightly backup is off (BERDAYA_BACKUP_NIGHTLY=true turns it on)");
            return;
        }
        LocalTime at = BackupSettings.nightlyAt();
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0),
                new TimerConfig("nightly-backup", false));
        LOG.info(() -> "Nightly backup at " + at + " into " + BackupSettings.backupDir() + ", keeping the "
                + BackupSettings.keep() + " newest");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            // Longer than the nodes' timers can drift apart, shorter than a day.
            if (!lease.hold("nightly-backup", Duration.ofHours(1))) {
                LOG.info("The nightly backup is made by another node of the cluster");
                return;
            }
            backup.create("system", "NIGHTLY");
            backup.prune(BackupSettings.keep());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly backup failed", e);
        }
    }

    public boolean isOn() {
        return BackupSettings.nightly();
    }
}
