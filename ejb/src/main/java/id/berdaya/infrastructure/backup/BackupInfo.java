package id.berdaya.infrastructure.backup;

import java.time.Instant;

/**
 * One backup archive in the backup directory, as its {@code backup.properties} describes it.
 *
 * @param fileName      the archive's name in the backup directory
 * @param createdAt     when the database snapshot was taken
 * @param database      {@code H2} or {@code PostgreSQL}
 * @param schemaVersion the Flyway schema version the snapshot is at
 * @param sizeBytes     the archive's size
 * @param createdBy     who asked for it ({@code system} for the nightly backup)
 * @param trigger       {@code MANUAL} or {@code NIGHTLY}
 * @param documents     how many stored documents the archive holds
 */
public record BackupInfo(String fileName, Instant createdAt, String database, String schemaVersion, long sizeBytes,
        String createdBy, String trigger, int documents) {
}
